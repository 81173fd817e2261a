using CrmInsights.Host.Scheduling;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.Host.Tests;

public sealed class HostSqlStatementsTests
{
    public static TheoryData<string> Names => new(HostSqlStatements.All.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Statement_ParsesAsTSql160(string name)
    {
        var (script, errors) = TSqlParsing.Parse(HostSqlStatements.All[name]);

        Assert.True(errors.Count == 0, $"{name}: {TSqlParsing.Describe(errors)}");
        Assert.NotNull(script);
        Assert.NotEmpty(script.Batches);
    }

    [Fact]
    public void All_ListsEveryJobHistoryStatement()
    {
        foreach (var (name, sql) in JobHistoryStatements.All)
        {
            Assert.Equal(sql, HostSqlStatements.All[$"{nameof(JobHistoryStatements)}.{name}"]);
        }
    }

    public static TheoryData<string> DuckDbOnlyNames => new(HostSqlStatements.DuckDbOnly.Keys);

    [Theory]
    [MemberData(nameof(DuckDbOnlyNames))]
    public void DuckDbOnly_NamesItsConstructAndIsNotTSql(string name)
    {
        var only = HostSqlStatements.DuckDbOnly[name];

        Assert.Contains(only.Construct, only.Sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(only.Construct, only.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(TSqlParsing.Parse(only.Sql).Errors);
        Assert.DoesNotContain(only.Sql, HostSqlStatements.All.Values);
    }

    [Fact]
    public void All_ListsAnExportSelectForEveryMartViewOfTheModel()
    {
        var martViews = WarehouseModel.ExtractViewScripts(CrmInsights.Warehouse.Schema.SchemaScripts.LoadEmbedded())
            .Where(v => string.Equals(v.Schema, "mart", StringComparison.OrdinalIgnoreCase))
            .Select(v => v.Name)
            .ToList();

        Assert.NotEmpty(martViews);
        Assert.All(martViews, v => Assert.Equal($"SELECT * FROM mart.{v}", HostSqlStatements.All[$"MartExportSql.{v}"]));
        Assert.Equal(martViews.Count, HostSqlStatements.All.Keys.Count(k => k.StartsWith("MartExportSql.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_BrokenStatement_ReportsErrors()
    {
        // The parser really rejects bad T-SQL, so the theory above can fail.
        var (_, errors) = TSqlParsing.Parse("SELECT FROM WHERE etl.JobRun (");
        Assert.NotEmpty(errors);
    }
}
