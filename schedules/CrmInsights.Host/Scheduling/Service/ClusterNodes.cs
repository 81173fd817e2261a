using System.Data.Common;
using System.Globalization;
using CrmInsights.Warehouse.Engine;
using Dapper;

namespace CrmInsights.Host.Scheduling.Service;

/// <summary>
/// The service nodes of a clustered warehouse job store, read from Quartz's own check-in table
/// (quartz.QRTZ_SCHEDULER_STATE) for <c>crm-insights status</c>.
/// </summary>
internal static class ClusterNodes
{
    /// <summary>The nodes of one scheduler (listed in <see cref="HostSqlStatements"/>); times are .NET ticks (UTC), the interval milliseconds.</summary>
    public const string Select = """
        SELECT INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL FROM quartz.QRTZ_SCHEDULER_STATE
        WHERE SCHED_NAME = @SchedulerName ORDER BY INSTANCE_NAME
        """;

    /// <summary>One line per node: instance id, last check-in and whether the cluster still counts it alive.</summary>
    public static async Task<IReadOnlyList<string>> DescribeAsync(IWarehouseEngine engine, SchedulerOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await engine.OpenConnectionAsync(cancellationToken);
            await using var reader = await connection.ExecuteReaderAsync(EngineCommand.Define(engine.Kind, Select, null, cancellationToken, ("SchedulerName", options.SchedulerName)));
            var lines = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var checkin = new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero);
                var interval = TimeSpan.FromMilliseconds(reader.GetInt64(2));
                var alive = now - checkin <= interval + options.ClusterCheckinMisfireThreshold;
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{reader.GetString(0)}: last check-in {checkin:yyyy-MM-dd HH:mm:ss'Z'} ({(now - checkin).TotalSeconds:0} s ago), {(alive ? "alive" : "presumed dead: its jobs are recovered by another node")}"));
            }
            return lines.Count > 0 ? lines : ["no node has checked in; is 'crm-insights serve' running against this warehouse?"];
        }
        catch (DbException e)
        {
            return [$"quartz.QRTZ_SCHEDULER_STATE not readable ({e.Message}); deploy the dacpac (crm-insights warehouse deploy) and grant the account role crm_scheduler."];
        }
    }
}
