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

    [Theory]
    [InlineData("snapshot")]
    [InlineData("report")]
    public async Task SnapshotAndReport_WarehouseOfAnEarlierVersion_UpgradeItFirst(string verb)
    {
        // A warehouse written by an earlier version: a column the snapshot writes is missing and the fingerprint is old.
        using (var connection = _workspace.Open())
        {
            foreach (var sql in new[] { "ALTER TABLE fact.ModelFit DROP COLUMN FitStatus", "UPDATE etl.SchemaFingerprint SET Fingerprint = 'an-earlier-version'" })
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }
        }

        string[] args = verb == "snapshot"
            ? ["snapshot", "--workspace", _workspace.Paths.Root]
            : ["report", "run", "--report", "crm-monthly", "--period", "2025-12", "--workspace", _workspace.Paths.Root];
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            await CrmInsightsCli.Create().Parse(args).InvokeAsync();
        }
        finally
        {
            Console.SetOut(original);
        }

        using var check = _workspace.Open();
        using var columns = check.CreateCommand();
        columns.CommandText = "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = 'fact' AND table_name = 'ModelFit' AND column_name = 'FitStatus'";
        Assert.Equal(1L, Convert.ToInt64(columns.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => _workspace.Dispose();
}
