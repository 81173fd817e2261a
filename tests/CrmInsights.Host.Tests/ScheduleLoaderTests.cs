using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.Work;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.DependencyInjection;

namespace CrmInsights.Host.Tests;

public sealed class ScheduleLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "crmi-sched-" + Guid.NewGuid().ToString("N"));

    private static ScheduleLoader Loader()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Scheduling.History.IWarehouseConnectionFactory>(new Scheduling.History.WorkspaceWarehouseConnectionFactory(
            new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), WorkspacePaths.At(Path.GetTempPath())));
        services.AddScheduledWork<ProbeWork>(JobKinds.Probe);
        services.AddSingleton<ScheduledWorkCatalog>();
        return new ScheduleLoader(services.BuildServiceProvider().GetRequiredService<ScheduledWorkCatalog>());
    }

    private string Write(string folder, string name, string json)
    {
        var directory = Path.Combine(_root, folder);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name), json);
        return directory;
    }

    [Fact]
    public void Load_ValidFile_ReadsEveryKey()
    {
        var dir = Write("ws", "a.json", """
            { "schedules": [
              { "name": "probe-5m", "kind": "probe", "parameters": { "holdSeconds": 2 }, "cron": "0 0/5 * * * ?",
                "timeZone": "Europe/London", "retry": { "maxAttempts": 4, "initialBackoff": "00:00:10" }, "catchUp": "all",
                "catchUpSince": "2025-01-01T00:00:00Z", "enabled": false },
              { "name": "month-end", "kind": "probe", "businessDayOfMonth": 3, "timeOfDay": "07:30", "timeZone": "America/New_York" }
            ] }
            """);
        var set = Loader().Load(null, dir, new HashSet<DateOnly>());
        var first = set.Get("probe-5m");
        Assert.Equal("2", first.Parameters["holdSeconds"]);
        Assert.Equal(new RetrySettings(4, TimeSpan.FromSeconds(10)), first.Retry);
        Assert.Equal(CatchUpMode.All, first.CatchUp);
        Assert.False(first.Enabled);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), first.CatchUpSince);
        var second = set.Get("month-end");
        Assert.Equal(3, second.BusinessDayOfMonth);
        Assert.Equal(new TimeOnly(7, 30), second.TimeOfDay);
        Assert.Equal(CatchUpMode.Latest, second.CatchUp);
        Assert.Single(set.Enabled);
    }

    [Fact]
    public void Load_InvalidSchedules_NamesEveryBadKeyAndValue()
    {
        var dir = Write("ws", "reports.json", """
            { "schedules": [
              { "name": "ok", "kind": "probe", "cron": "0 0 * * * ?", "timeZone": "Europe/London" },
              { "name": "pack", "kind": "report", "cron": "0 0 7 * * ?", "timeZone": "Europe/Lodnon" },
              { "name": "Bad Name", "kind": "probe", "cron": "61 * * * * ?", "timeZone": "UTC", "crn": "x",
                "retry": { "maxAttempts": 0, "initialBackoff": "soon" }, "catchUp": "twice" },
              { "kind": "probe", "businessDayOfMonth": 30, "timeZone": "UTC", "parameters": { "holdSeconds": "-1", "colour": "red" } },
              { "name": "both", "kind": "probe", "cron": "0 0 * * * ?", "businessDayOfMonth": 1, "timeOfDay": "25:00", "timeZone": "UTC" }
            ] }
            """);
        var e = Assert.Throws<ExpectedFailureException>(() => Loader().Load(null, dir, new HashSet<DateOnly>()));
        Assert.Equal(FailureKind.Configuration, e.Kind);
        var expected = new[]
        {
            "schedules[1].timeZone 'Europe/Lodnon' is not a known IANA time zone",
            "schedules[1].kind 'report' has no registered implementation",
            "schedules[2].name 'Bad Name' must be",
            "schedules[2].cron '61 * * * * ?' is not a valid Quartz cron",
            "schedules[2].crn is not a known key",
            "schedules[2].retry.maxAttempts 0 must be between 1 and 10",
            "schedules[2].retry.initialBackoff 'soon'",
            "schedules[2].catchUp 'twice'",
            "schedules[3].name is required",
            "schedules[3].businessDayOfMonth 30 must be between 1 and 23",
            "schedules[3].timeOfDay is required",
            "schedules[3].parameters: holdSeconds '-1'",
            "schedules[3].parameters: 'colour' is not a probe parameter",
            "schedules[4] must have exactly one of",
            "schedules[4].timeOfDay '25:00'",
        };
        foreach (var fragment in expected)
        {
            Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        }
        Assert.Contains("reports.json: schedules[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WorkspaceFileOfSameName_ReplacesBuiltInFile()
    {
        var builtIn = Write("builtin", "etl.json", """{ "schedules": [ { "name": "shipped", "kind": "report", "cron": "0 0 * * * ?", "timeZone": "UTC" } ] }""");
        Write("builtin", "extra.json", """{ "schedules": [ { "name": "extra", "kind": "probe", "cron": "0 0 * * * ?", "timeZone": "UTC" } ] }""");
        var workspace = Write("ws2", "etl.json", """{ "schedules": [ { "name": "mine", "kind": "probe", "cron": "0 0 * * * ?", "timeZone": "UTC" } ] }""");
        var set = Loader().Load(builtIn, workspace, new HashSet<DateOnly>());
        Assert.Equal(["extra", "mine"], set.All.Select(s => s.Name).Order().ToArray());
    }

    [Fact]
    public void Load_DuplicateNamesAcrossFiles_Fails()
    {
        Write("ws3", "a.json", """{ "schedules": [ { "name": "same", "kind": "probe", "cron": "0 0 * * * ?", "timeZone": "UTC" } ] }""");
        var dir = Write("ws3", "b.json", """{ "schedules": [ { "name": "same", "kind": "probe", "cron": "0 0 * * * ?", "timeZone": "UTC" } ] }""");
        var e = Assert.Throws<ExpectedFailureException>(() => Loader().Load(null, dir, new HashSet<DateOnly>()));
        Assert.Contains("'same' is used more than once", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedScheduleFiles_AreValidOnceTheirKindsAreRegistered()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new WorkLog());
        foreach (var kind in new[] { JobKinds.Etl, JobKinds.Snapshot, JobKinds.Report })
        {
            services.AddScheduledWork<RecordingWork>(kind);
        }
        services.AddSingleton<ScheduledWorkCatalog>();
        var catalog = services.BuildServiceProvider().GetRequiredService<ScheduledWorkCatalog>();
        var shipped = Path.Combine(AppContext.BaseDirectory, "schedules");

        var set = new ScheduleLoader(catalog).Load(shipped, Path.Combine(_root, "none"), new HashSet<DateOnly>());

        Assert.Equal(["etl-incremental", "month-end-pack", "nightly-snapshot", "weekly-engagement-pack"], set.All.Select(s => s.Name).Order().ToArray());
    }

    [Fact]
    public void Load_ShippedScheduleFiles_FailWhileTheirKindsHaveNoImplementation()
    {
        var e = Assert.Throws<ExpectedFailureException>(() =>
            Loader().Load(Path.Combine(AppContext.BaseDirectory, "schedules"), Path.Combine(_root, "none"), new HashSet<DateOnly>()));
        Assert.Contains("schedules/etl.json: schedules[0].kind 'etl' has no registered implementation in this build (registered: probe)", e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
