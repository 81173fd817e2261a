using CrmInsights.Reports.Kpis;
using CrmInsights.Reports.Model;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.Reports.Tests.Kpis;

/// <summary>The report packs' and the data-health reader's statements (MartSql.All) are T-SQL that SQL Server accepts.</summary>
public sealed class MartSqlCatalogTests
{
    public static TheoryData<string> Names => new(MartSql.All.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void TSql_EveryCataloguedStatement_ParsesWithScriptDomAsOneSelect(string name)
    {
        var (script, errors) = TSqlParsing.Parse(MartSql.All[name]);

        Assert.True(errors.Count == 0, $"{name}: {TSqlParsing.Describe(errors)}");
        Assert.NotNull(script);
        Assert.IsType<Microsoft.SqlServer.TransactSql.ScriptDom.SelectStatement>(Assert.Single(Assert.Single(script.Batches).Statements));
    }

    [Fact]
    public void All_CoversEveryFamilyActionViewAndSliceKind()
    {
        foreach (var slice in Enum.GetValues<SliceKind>())
        {
            Assert.All(KpiCatalogViews.All, f => Assert.Contains(MartSql.FamilyRows(f.View, slice), MartSql.Texts));
            Assert.All(MartKpiPackFactory.ActionViews, a => Assert.Contains(MartSql.ActionList(a, slice), MartSql.Texts));
        }
        // Families x slices, breakdowns (not for a store), action views x slices, five per-slice distributions, five health
        // reads and the campaigns (not cut by slice).
        var slices = Enum.GetValues<SliceKind>().Length;
        Assert.Equal((KpiCatalogViews.All.Count * (slices + 2)) + (MartKpiPackFactory.ActionViews.Count * slices) + (5 * slices) + 6, MartSql.All.Count);
    }

    [Fact]
    public void Parse_BrokenStatement_ReportsErrors()
    {
        // The parser really rejects bad T-SQL (here a missing slice condition), so the theory above can fail.
        var (_, errors) = TSqlParsing.Parse("SELECT v.* FROM mart.Loyalty AS v WHERE v.YearMonthKey = @month AND");
        Assert.NotEmpty(errors);
    }
}
