using CrmInsights.Reports.Delivery;
using CrmInsights.Warehouse.Model;
using DuckDB.NET.Data;
using Microsoft.Data.SqlClient;

namespace CrmInsights.Reports.Tests.Delivery;

/// <summary>The delivery log's statements parse as T-SQL; its DuckDB-only stand-in schema is never sent to SQL Server.</summary>
public sealed class DeliveryLogSqlTests
{
    public static TheoryData<string> Names => new(DbDeliveryLog.Statements.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void TSql_EveryStatementSent_ParsesWithScriptDomAsOneStatement(string name)
    {
        var (script, errors) = TSqlParsing.Parse(DbDeliveryLog.Statements[name]);

        Assert.True(errors.Count == 0, $"{name}: {TSqlParsing.Describe(errors)}");
        Assert.NotNull(script);
        Assert.Single(Assert.Single(script.Batches).Statements);
    }

    [Fact]
    public void DuckDbOnly_IsNotTSqlAndIsRefusedOnSqlServer()
    {
        var only = Assert.Single(DbDeliveryLog.DuckDbOnlyStatements).Value;
        Assert.DoesNotContain(only.Sql, DbDeliveryLog.Statements.Values);
        Assert.Contains(only.Construct, only.Sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(only.Construct, only.Reason, StringComparison.OrdinalIgnoreCase);
        // Not T-SQL: sent to SQL Server it would fail, so the log must never send it there.
        Assert.NotEmpty(TSqlParsing.Parse(only.Sql).Errors);

        using var sqlServer = new SqlConnection();
        var refused = Assert.Throws<InvalidOperationException>(() => DbDeliveryLog.Define(sqlServer, only.Sql, default));
        Assert.Contains("DuckDB-only statements go to DuckDB only", refused.Message, StringComparison.Ordinal);
        using var duckDb = new DuckDBConnection("Data Source=:memory:");
        var accepted = DbDeliveryLog.Define(duckDb, only.Sql, default);
        Assert.Equal(only.Sql, accepted.CommandText);
    }

    [Fact]
    public void Define_UncataloguedText_IsRefusedOnEveryEngine()
    {
        using var sqlServer = new SqlConnection();
        using var duckDb = new DuckDBConnection("Data Source=:memory:");
        Assert.Throws<InvalidOperationException>(() => DbDeliveryLog.Define(sqlServer, "DELETE FROM etl.ReportDelivery", default));
        Assert.Throws<InvalidOperationException>(() => DbDeliveryLog.Define(duckDb, "DELETE FROM etl.ReportDelivery", default));
        var rewritten = DbDeliveryLog.Define(duckDb, DbDeliveryLog.Statements["MarkSentSql"], default);
        Assert.DoesNotContain("@", rewritten.CommandText, StringComparison.Ordinal);
    }
}
