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

    [Fact]
    public void Parse_BrokenStatement_ReportsErrors()
    {
        // The parser really rejects bad T-SQL, so the theory above can fail.
        var (_, errors) = TSqlParsing.Parse("SELECT FROM WHERE etl.JobRun (");
        Assert.NotEmpty(errors);
    }
}
