using CrmInsights.Host.Scheduling;
using CrmInsights.Host.Scheduling.Service;

namespace CrmInsights.Host.Tests;

/// <summary>
/// The status lines of a clustered store's nodes, read through the one command helper. Quartz's tables exist on SQL Server
/// only (the clustered store is SQL Server's), so the test gives a DuckDB file a stand-in of the columns read.
/// </summary>
public sealed class ClusterNodesTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task DescribeAsync_NodesOfThisScheduler_AliveOrPresumedDead_OtherSchedulersIgnored()
    {
        var now = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
        using (var connection = _workspace.Open())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = $"""
                CREATE SCHEMA quartz;
                CREATE TABLE quartz.QRTZ_SCHEDULER_STATE (SCHED_NAME VARCHAR, INSTANCE_NAME VARCHAR, LAST_CHECKIN_TIME BIGINT, CHECKIN_INTERVAL BIGINT);
                INSERT INTO quartz.QRTZ_SCHEDULER_STATE (SCHED_NAME, INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL) VALUES
                ('crm', 'node-a', {now.AddSeconds(-5).UtcTicks}, 7500),
                ('crm', 'node-b', {now.AddMinutes(-10).UtcTicks}, 7500),
                ('other', 'node-c', {now.UtcTicks}, 7500)
                """;
            insert.ExecuteNonQuery();
        }

        var lines = await ClusterNodes.DescribeAsync(_workspace.Engine(), new SchedulerOptions { SchedulerName = "crm" }, now, default);

        Assert.Collection(lines,
            a => Assert.StartsWith("node-a: last check-in 2026-12-07 11:59:55Z (5 s ago), alive", a, StringComparison.Ordinal),
            b => Assert.Contains("node-b: last check-in 2026-12-07 11:50:00Z (600 s ago), presumed dead", b, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DescribeAsync_NoQuartzTables_SaysWhatToDeploy()
    {
        var lines = await ClusterNodes.DescribeAsync(_workspace.Engine(), new SchedulerOptions(), DateTimeOffset.UnixEpoch, default);

        Assert.StartsWith("quartz.QRTZ_SCHEDULER_STATE not readable", Assert.Single(lines), StringComparison.Ordinal);
    }
}
