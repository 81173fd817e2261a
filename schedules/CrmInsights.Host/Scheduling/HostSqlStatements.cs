using CrmInsights.Host.Commands;
using CrmInsights.Host.Commands.Benchmark;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Host.Scheduling.Work;
using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.SqlServer;

namespace CrmInsights.Host.Scheduling;

/// <summary>
/// Every statement the Host itself sends, by name, so a test parses each with ScriptDom (TSql160): the job history, the
/// probe, the cluster's nodes for status, the warehouse library's application-lock statements that the per-job lock uses
/// on SQL Server, <c>export marts</c>'s SELECTs and the benchmark reference's statements; those that are DuckDB-only are in
/// <see cref="DuckDbOnly"/> with their reason. (The <c>query</c> verb sends the analyst's own text, checked by
/// <see cref="Commands.Query.ReadOnlyWarehouse.CheckSingleSelectAsync"/>.)
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
            .Concat(MartExportSql.All.Select(kv => KeyValuePair.Create($"{nameof(MartExportSql)}.{kv.Key}", kv.Value)))
            .Concat(BenchmarkSql.All.Select(kv => KeyValuePair.Create($"{nameof(BenchmarkSql)}.{kv.Key}", kv.Value)))
            .ToDictionary(StringComparer.Ordinal);

    /// <summary>The statements sent to DuckDB only (not T-SQL), keyed "Owner.Name", each with its reason.</summary>
    public static IReadOnlyDictionary<string, DuckDbOnlyStatement> DuckDbOnly { get; } =
        BenchmarkSql.DuckDbOnly.Select(kv => KeyValuePair.Create($"{nameof(BenchmarkSql)}.{kv.Key}", kv.Value))
            .ToDictionary(StringComparer.Ordinal);
}
