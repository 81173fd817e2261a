using CrmInsights.Host.Scheduling.History;
using CrmInsights.Host.Scheduling.Work;
using CrmInsights.Warehouse.SqlServer;

namespace CrmInsights.Host.Scheduling;

/// <summary>
/// Every T-SQL statement the Host sends to SQL Server, by name, so a test parses each with ScriptDom
/// (TSql160): the job history, the probe, the cluster's nodes for status, and the warehouse library's application-lock statements
/// that the per-job lock uses on SQL Server.
/// </summary>
public static class HostSqlStatements
{
    /// <summary>Every statement, keyed "Owner.Name".</summary>
    public static IReadOnlyDictionary<string, string> All { get; } =
        JobHistoryStatements.All.Select(kv => KeyValuePair.Create($"{nameof(JobHistoryStatements)}.{kv.Key}", kv.Value))
            .Append(KeyValuePair.Create($"{nameof(ProbeWork)}.{nameof(ProbeWork.CountJobRuns)}", ProbeWork.CountJobRuns))
            .Append(KeyValuePair.Create($"{nameof(Service.ClusterNodes)}.{nameof(Service.ClusterNodes.Select)}", Service.ClusterNodes.Select))
            .Append(KeyValuePair.Create($"{nameof(SqlServerStatements)}.{nameof(SqlServerStatements.GetAppLock)}", SqlServerStatements.GetAppLock))
            .Append(KeyValuePair.Create($"{nameof(SqlServerStatements)}.{nameof(SqlServerStatements.ReleaseAppLock)}", SqlServerStatements.ReleaseAppLock))
            .ToDictionary(StringComparer.Ordinal);
}
