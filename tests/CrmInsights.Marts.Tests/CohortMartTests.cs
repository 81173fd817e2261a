using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

[Collection(MartGroup.Name)]
public sealed class CohortMartTests(MartFixture fixture)
{
    [Fact]
    public async Task CohortRetention_JanuaryCohort_EveryCellIncludingZeroActivity()
    {
        var rows = await fixture.QueryAsync(
            "SELECT * FROM mart.CohortRetention WHERE CutLevel = 'All' AND CohortYearMonthKey = 202501 ORDER BY MonthsSinceFirstPurchase");

        // Cohort 2025-01 = {C1, C2}. k=0: both; k=1: C1 (O3); k=2: C2 (O5).
        Assert.Equal([0L, 1L, 2L], rows.Select(r => Num(r["MonthsSinceFirstPurchase"])));
        Assert.All(rows, r => Assert.Equal(2, Num(r["CohortSize"])));
        Assert.Equal([1m, 0.5m, 0.5m], rows.Select(r => Dec(r["RetentionRate"])!.Value));
    }

    [Fact]
    public async Task CohortRetention_CohortOfOne_FullRetentionInItsMonth()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.CohortRetention WHERE CutLevel = 'All' AND CohortYearMonthKey = 202503");

        Assert.Equal(1, Num(row["CohortSize"]));
        Assert.Equal(1m, Dec(row["RetentionRate"]));
    }

    [Fact]
    public async Task CohortRetention_StoreCut_ByFirstPurchaseStore()
    {
        var rows = await fixture.QueryAsync(
            "SELECT * FROM mart.CohortRetention WHERE CutLevel = 'Store' AND StoreId = 'S1' AND CohortYearMonthKey = 202501 ORDER BY MonthsSinceFirstPurchase");

        // C1 was acquired at S1 (O1); C2 at S2. C1 bought in k=0 and k=1 (at S2: the cut is the acquisition store).
        Assert.Equal([1m, 1m, 0m], rows.Select(r => Dec(r["RetentionRate"])!.Value));
    }
}
