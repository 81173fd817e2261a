using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.ReferenceData;
using CrmInsights.Warehouse.SqlServer;

namespace CrmInsights.Warehouse.Tests.SqlServer;

public sealed class SqlServerStatementsTests
{
    public static TheoryData<string> Names => new(SqlServerStatements.All.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Statement_ParsesAsTSql160(string name)
    {
        var (_, errors) = TSqlParsing.Parse(SqlServerStatements.All[name]);

        Assert.True(errors.Count == 0, $"{name}: {TSqlParsing.Describe(errors)}");
    }

    [Fact]
    public void Literal_Quote_IsEscaped()
    {
        Assert.Equal("N'O''Brien'", PostDeploymentScript.Literal("O'Brien"));
    }
}
