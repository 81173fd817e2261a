using System.Diagnostics;
using CrmInsights.Host.Scheduling.History;

namespace CrmInsights.Host.Tests;

/// <summary>
/// <c>crm-insights serve</c> as a real child process: SIGTERM mid-run, SIGKILL mid-run, restarts.
/// The job is the shipped <c>probe</c> kind holding its warehouse transaction for 3 s, so a stop
/// always lands mid-run. The workspace starts without a warehouse: serve creates the DuckDB schema.
/// </summary>
public sealed class ServeProcessTests : IDisposable
{
    // Each start loads the schema model (DacFx, seconds on a busy machine) to ensure the DuckDB schema first.
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);
    private readonly TestWorkspace _workspace = new(withWarehouse: false);

    [SkippableFact]
    public async Task Serve_SigtermMidRun_ExitsZeroCancelled_KillLeavesRunMarkedInterrupted_RestartRunsAgain()
    {
        Skip.If(OperatingSystem.IsWindows(), "SIGTERM delivery is POSIX; Windows services stop through the service control manager.");
        _workspace.WriteSchedules("probe.json", """
            { "schedules": [ { "name": "probe", "kind": "probe", "parameters": { "holdSeconds": 3 },
              "cron": "0/2 * * * * ?", "timeZone": "UTC", "retry": { "maxAttempts": 1, "initialBackoff": "00:00:00" } } ] }
            """);

        // 1. SIGTERM while the probe runs: clean exit 0 within the bound, the run recorded as cancelled.
        using (var serve = ServeProcess.Start(_workspace))
        {
            await serve.WaitForOutputAsync("Run of probe (probe)", StartBound);
            var stopwatch = Stopwatch.StartNew();
            await serve.SignalAsync("TERM");
            Assert.Equal(0, await serve.WaitForExitAsync(TimeSpan.FromSeconds(15)));
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(8), $"stop took {stopwatch.Elapsed}; bound is ShutdownTimeout 8 s");
            Assert.Contains("ended cancelled", serve.Output, StringComparison.Ordinal);
        }
        var afterTerm = await _workspace.History().RunsAsync("probe", default);
        Assert.Contains(afterTerm, r => r.Status == JobRunStatus.Cancelled);
        Assert.DoesNotContain(afterTerm, r => r.Status == JobRunStatus.Running);
        Assert.Equal("stopped", Scheduling.Service.Heartbeat.ReadFrom(_workspace.Paths)!.State);

        // 2. SIGKILL mid-run: nothing can record the end, the row stays 'running'.
        using (var serve = ServeProcess.Start(_workspace))
        {
            await serve.WaitForOutputAsync("Run of probe (probe)", StartBound);
            await serve.SignalAsync("KILL");
            await serve.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }
        var dangling = Assert.Single(await _workspace.History().RunsAsync("probe", default), r => r.Status == JobRunStatus.Running);

        // 3. Restart: the dangling row becomes 'interrupted', the probe runs again and a run succeeds.
        using (var serve = ServeProcess.Start(_workspace))
        {
            await serve.WaitForOutputAsync("ended succeeded", StartBound);
            await serve.SignalAsync("TERM");
            Assert.Equal(0, await serve.WaitForExitAsync(TimeSpan.FromSeconds(15)));
            Assert.Contains("as 'interrupted'", serve.Output, StringComparison.Ordinal);
        }
        var final = await _workspace.History().RunsAsync("probe", default);
        Assert.Equal(JobRunStatus.Interrupted, final.Single(r => r.RunId == dangling.RunId).Status);
        Assert.Contains(final, r => r.Status == JobRunStatus.Succeeded && r.StartedAt > dangling.StartedAt);
        Assert.DoesNotContain(final, r => r.Status == JobRunStatus.Running);
    }

    public void Dispose() => _workspace.Dispose();

    /// <summary><c>serve</c> with short stop and heartbeat bounds.</summary>
    private static class ServeProcess
    {
        public static CliProcess Start(TestWorkspace workspace) => CliProcess.Start(["serve", "--workspace", workspace.Paths.Root], new Dictionary<string, string>
        {
            ["CRMINSIGHTS_Scheduler__StopGrace"] = "00:00:01",
            ["CRMINSIGHTS_Scheduler__ShutdownTimeout"] = "00:00:08",
            ["CRMINSIGHTS_Scheduler__HeartbeatInterval"] = "00:00:01",
        });
    }
}
