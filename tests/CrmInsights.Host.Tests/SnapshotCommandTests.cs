using CrmInsights.Host.Cli;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.Work;
using CrmInsights.Warehouse.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace CrmInsights.Host.Tests;

/// <summary>The snapshot verb and job: the truth about an empty warehouse, and one lock (the deriver's) with one message.</summary>
[Collection(nameof(SharedConsole))]
public sealed class SnapshotCommandTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    [Fact]
    public async Task Snapshot_NeverDerivedNoSales_SaysSoInsteadOfNothingChanged()
    {
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        int code;
        try
        {
            code = await CrmInsightsCli.Create().Parse(["snapshot", "--workspace", _workspace.Paths.Root]).InvokeAsync();
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("no sales are loaded yet", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("nothing changed", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnapshotVerbAndJob_LockHeld_FailWithTheSameSentence()
    {
        File.WriteAllText(_workspace.Paths.SettingsFile, """{ "Warehouse": { "LockTimeoutSeconds": 1 }, "Scheduler": { "IncludeBuiltInSchedules": false } }""");
        await using var context = CliContext.CreateAt(_workspace.Paths);
        await using var held = await context.Get<IWarehouseEngine>().AcquireLockAsync(TimeSpan.FromSeconds(5));

        var original = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        int code;
        try
        {
            code = await CrmInsightsCli.Create().Parse(["snapshot", "--workspace", _workspace.Paths.Root]).InvokeAsync();
        }
        finally
        {
            Console.SetError(original);
        }
        Assert.Equal(ExitCodes.Environment, code);
        Assert.Contains("raise Warehouse:LockTimeoutSeconds", error.ToString(), StringComparison.Ordinal);

        await using var scope = context.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredKeyedService<IScheduledWork>(JobKinds.Snapshot);
        var schedule = new ScheduleDefinition { Name = "nightly", Kind = JobKinds.Snapshot, TimeZone = TimeZoneInfo.Utc };
        var outcome = await job.RunAsync(schedule, DateTimeOffset.UtcNow, default);
        Assert.False(outcome.Succeeded);
        Assert.Contains("raise Warehouse:LockTimeoutSeconds", outcome.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();
}
