using System.Reflection;
using CrmInsights.Analytics.Snapshot;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.Analytics.Tests.Snapshot;

/// <summary>The snapshot derive step's statements (SnapshotSql.All) are T-SQL that SQL Server accepts.</summary>
public sealed class SnapshotSqlCatalogTests
{
    public static TheoryData<string> Names => new(SnapshotSql.All.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void TSql_EveryCataloguedStatement_ParsesWithScriptDomAsOneStatement(string name)
    {
        var (script, errors) = TSqlParsing.Parse(SnapshotSql.All[name]);

        Assert.True(errors.Count == 0, $"{name}: {TSqlParsing.Describe(errors)}");
        Assert.NotNull(script);
        Assert.Single(Assert.Single(script.Batches).Statements);
    }

    [Fact]
    public void All_ListsEveryStatementConstant()
    {
        // A statement added to SnapshotSql but not to All would be refused at send time; this says so at build time.
        var statements = typeof(SnapshotSql).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (Name: f.Name, Text: (string)f.GetRawConstantValue()!))
            .Where(f => System.Text.RegularExpressions.Regex.Match(f.Text, @"^\w+").Value is "SELECT" or "INSERT" or "UPDATE" or "DELETE" or "WITH")
            .ToList();

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.True(SnapshotSql.All.TryGetValue(s.Name, out var listed) && listed == s.Text, s.Name));
        Assert.Equal(statements.Count, SnapshotSql.All.Count);
    }

    [Fact]
    public void Parse_BrokenStatement_ReportsErrors()
    {
        // The parser really rejects bad T-SQL, so the theory above can fail.
        var (_, errors) = TSqlParsing.Parse("SELECT MAX(YearMonthKey) FROM fact.CustomerMonth WHERE");
        Assert.NotEmpty(errors);
    }
}
