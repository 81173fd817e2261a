using CrmInsights.Host.Scheduling.Service;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CrmInsights.Warehouse.LiveTests;

/// <summary>
/// Two `crm-insights serve` nodes (two hosts in this process) on Quartz's clustered ADO.NET job store in
/// the deployed warehouse (tables quartz.QRTZ_* from the dacpac): Quartz's schema validation accepts the
/// dacpac's tables, both nodes check in, and an every-second probe schedule runs each slot once in total.
/// </summary>
[Collection(SqlServerGroup.Name)]
public sealed class ClusteredSchedulerLiveTests(SqlServerFixture fixture) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "crmi-live-cluster-" + Guid.NewGuid().ToString("N"));
    private readonly string _scheduler = "live-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _job = "live-probe-" + Guid.NewGuid().ToString("N")[..12];

    [SkippableFact]
    public async Task TwoNodes_OnTheWarehouseStore_ValidateTheSchema_CheckIn_AndRunEachSlotOnce()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var workspace = WorkspacePaths.At(_root);
        Directory.CreateDirectory(Path.Combine(_root, "schedules"));
        File.WriteAllText(Path.Combine(_root, "schedules", "live.json"), $$"""
            { "schedules": [ { "name": "{{_job}}", "kind": "probe", "cron": "* * * * * ?", "timeZone": "UTC",
              "retry": { "maxAttempts": 1, "initialBackoff": "00:00:00" } } ] }
            """);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workspace:Root"] = _root,
            ["ConnectionStrings:Warehouse"] = fixture.ConnectionString,
            ["Scheduler:SchedulerName"] = _scheduler,
            ["Scheduler:IncludeBuiltInSchedules"] = "false",
            ["Scheduler:HeartbeatInterval"] = "00:00:01",
            ["Scheduler:LockWait"] = "00:00:00",
            ["Scheduler:ClusterCheckinInterval"] = "00:00:01",
            ["Scheduler:ClusterCheckinMisfireThreshold"] = "00:00:02",
        }).Build();

        using var node1 = SchedulerServiceHost.Build(workspace, configuration);
        using var node2 = SchedulerServiceHost.Build(workspace, configuration);
        // Start fails if Quartz's schema validation (SchemaProvisioning.Validate) rejects the dacpac's tables.
        await node1.StartAsync();
        await node2.StartAsync();
        Assert.True(node1.Services.GetService(typeof(SchedulerStore)) is SchedulerStore { Persistent: true, Clustered: true });
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await ScalarAsync("SELECT COUNT(*) FROM etl.JobRun WHERE JobName = @p AND Status = 'succeeded'", _job) < 6 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }
        var nodes = await ScalarAsync("SELECT COUNT(*) FROM quartz.QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = @p", _scheduler);
        await Task.WhenAll(node1.StopAsync(), node2.StopAsync());

        Assert.Equal(2, nodes);
        var slots = await SucceededSlotsAsync();
        Assert.True(slots.Count >= 6, $"only {slots.Count} successful runs within 60 s");
        Assert.Equal(slots.Count, slots.Distinct().Count());
        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(1), pair.Second - pair.First));
    }

    private async Task<int> ScalarAsync(string sql, string value)
    {
        await using var connection = new SqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        command.Parameters.AddWithValue("@p", value);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<DateTime>> SucceededSlotsAsync()
    {
        await using var connection = new SqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand("SELECT ScheduledFor FROM etl.JobRun WHERE JobName = @p AND Status = 'succeeded' ORDER BY ScheduledFor", connection);
        command.Parameters.AddWithValue("@p", _job);
        await using var reader = await command.ExecuteReaderAsync();
        var slots = new List<DateTime>();
        while (await reader.ReadAsync())
        {
            slots.Add(reader.GetDateTime(0));
        }
        return slots;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
