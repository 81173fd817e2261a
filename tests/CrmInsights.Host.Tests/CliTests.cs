using CrmInsights.Host.Cli;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Host.Scheduling.Service;

namespace CrmInsights.Host.Tests;

/// <summary>The scheduling verbs' exit codes, invoked in-process.</summary>
[Collection(nameof(SharedConsole))]
public sealed class CliTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    public CliTests() =>
        File.WriteAllText(_workspace.Paths.SettingsFile, """{ "Scheduler": { "IncludeBuiltInSchedules": false, "HeartbeatInterval": "00:00:05" } }""");

    private Task<int> RunAsync(params string[] verb) =>
        CrmInsightsCli.Create().Parse([.. verb, "--workspace", _workspace.Paths.Root]).InvokeAsync();

    [Fact]
    public async Task Serve_InvalidSchedule_ExitsConfigurationBeforeStarting()
    {
        _workspace.WriteSchedules("bad.json", """{ "schedules": [ { "name": "x", "kind": "etl", "cron": "nope", "timeZone": "Mars/Base" } ] }""");
        Assert.Equal(ExitCodes.Configuration, await RunAsync("serve"));
        Assert.False(File.Exists(Heartbeat.PathIn(_workspace.Paths)));
    }

    [Fact]
    public async Task Health_NoServiceRunning_ExitsOne()
    {
        _workspace.WriteSchedules("p.json", """{ "schedules": [ { "name": "p", "kind": "probe", "cron": "0 0 * * * ?", "timeZone": "UTC" } ] }""");
        Assert.Equal(ExitCodes.Failed, await RunAsync("health"));
    }

    [Fact]
    public async Task Health_FreshHeartbeatAndRuns_ExitsZero_FailedLastRun_ExitsOne()
    {
        _workspace.WriteSchedules("p.json", """{ "schedules": [ { "name": "p", "kind": "probe", "cron": "* * * * * ?", "timeZone": "UTC" } ] }""");
        var now = DateTimeOffset.UtcNow;
        new Heartbeat("node", 1, now, now, Heartbeat.Running).WriteTo(_workspace.Paths);
        Assert.Equal(ExitCodes.Success, await RunAsync("health"));
        Assert.Equal(ExitCodes.Success, await RunAsync("status"));

        var history = _workspace.History();
        var run = new JobRunRecord(Guid.NewGuid(), "p", now, now, null, JobRunStatus.Running, 1, null, RunKind.Scheduled, "node");
        await history.StartAsync(run, default);
        await history.FinishAsync(run.RunId, JobRunStatus.Failed, now, "boom", default);
        Assert.Equal(ExitCodes.Failed, await RunAsync("health"));
    }

    [Fact]
    public async Task Health_ServiceUpButSlotMissed_ExitsOne()
    {
        _workspace.WriteSchedules("p.json", """{ "schedules": [ { "name": "p", "kind": "probe", "cron": "0 * * * * ?", "timeZone": "UTC" } ] }""");
        File.WriteAllText(_workspace.Paths.SettingsFile, """{ "Scheduler": { "IncludeBuiltInSchedules": false, "FreshnessGrace": "00:00:00" } }""");
        var now = DateTimeOffset.UtcNow;
        new Heartbeat("node", 1, now.AddMinutes(-5), now, Heartbeat.Running).WriteTo(_workspace.Paths);
        Assert.Equal(ExitCodes.Failed, await RunAsync("health"));
    }

    [Fact]
    public async Task Status_MissingJobHistoryTable_ExitsEnvironment()
    {
        _workspace.WriteSchedules("p.json", """{ "schedules": [ { "name": "p", "kind": "probe", "cron": "0 0 * * * ?", "timeZone": "UTC" } ] }""");
        using (var connection = _workspace.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "DROP TABLE etl.JobRun";
            command.ExecuteNonQuery();
        }
        Assert.Equal(ExitCodes.Environment, await RunAsync("status"));
    }

    public void Dispose() => _workspace.Dispose();
}

/// <summary>Tests that invoke the CLI in-process share the console, so they do not run in parallel with each other.</summary>
[CollectionDefinition(nameof(SharedConsole), DisableParallelization = true)]
public sealed class SharedConsole;
