using CrmInsights.Reports.Audiences;
using CrmInsights.Reports.Kpis;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.Reports.Tests.Audiences;

/// <summary><c>export audience</c>'s statements (AudienceSql.All) are one T-SQL SELECT each that SQL Server accepts, for every list and preset.</summary>
public sealed class AudienceSqlCatalogTests
{
    public static TheoryData<int> Indexes => new(Enumerable.Range(0, AudienceSql.All.Count));

    [Theory]
    [MemberData(nameof(Indexes))]
    public void TSql_EveryStatement_ParsesWithScriptDomAsOneSelect(int index)
    {
        var (script, errors) = TSqlParsing.Parse(AudienceSql.All[index]);

        Assert.True(errors.Count == 0, $"{AudienceSql.All[index]}\n{TSqlParsing.Describe(errors)}");
        Assert.IsType<Microsoft.SqlServer.TransactSql.ScriptDom.SelectStatement>(Assert.Single(Assert.Single(script!.Batches).Statements));
    }

    [Fact]
    public void Lists_AreThePacksActionViews_NamedFromTheirTitles()
    {
        Assert.Equal(MartKpiPackFactory.ActionViews.Select(v => v.View), AudienceSql.Lists.Select(l => l.View));
        Assert.Contains(("win-back", "mart.ActionWinBack"), AudienceSql.Lists);
        Assert.Contains(("high-value-customers-at-risk", "mart.ActionHighValueAtRisk"), AudienceSql.Lists);
        Assert.Equal((AudienceSql.Lists.Count * (AudiencePreset.All.Count + 1)) + 1, AudienceSql.All.Count);
    }
}
