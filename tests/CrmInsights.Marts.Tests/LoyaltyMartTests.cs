using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

[Collection(MartGroup.Name)]
public sealed class LoyaltyMartTests(MartFixture fixture)
{
    private Task<Dictionary<string, object?>> AllRow(int month) =>
        fixture.SingleAsync($"SELECT * FROM mart.Loyalty WHERE CutLevel = 'All' AND YearMonthKey = {month}");

    [Fact]
    public async Task Loyalty_January_ActiveNewAndNoRetentionBase()
    {
        var row = await AllRow(202501);

        // C1 (O1) and C2 (O2) both buy for the first time: 2 active, 2 new, 0 returning, 2 orders.
        Assert.Equal(2, Num(row["ActiveCustomers"]));
        Assert.Equal(2, Num(row["NewCustomers"]));
        Assert.Equal(0, Num(row["ReturningCustomers"]));
        Assert.Equal(1.0m, Dec(row["PurchaseFrequency"]));
        // December has no snapshot, so S = 0 and the retention rate is undefined.
        Assert.Equal(0, Num(row["CustomersAtStart"]));
        Assert.Null(row["RetentionRate"]);
        // First purchase days only: no intervals yet.
        Assert.Null(row["AvgDaysBetweenPurchases"]);
        // Points: 20 + 25 earned, none redeemed, so redemption rate 0. Outstanding is what members hold: C1's 20; C2 has no
        // loyalty id, so the 25 on O2 belong to no account (mart.LoyaltyPoints says the same). Liability 20 x 0.01.
        Assert.Equal(45, Num(row["PointsEarned"]));
        Assert.Equal(0m, Dec(row["RedemptionRate"]));
        Assert.Equal(20, Num(row["PointsOutstanding"]));
        Assert.Equal(0.2m, Dec(row["PointsLiability"]));
    }

    [Fact]
    public async Task Loyalty_February_ReturnOnlyCustomerIsNotActiveAndLapseCrossed()
    {
        var row = await AllRow(202502);

        // Only C1 buys (O3); C4's return-only order O4 is not a purchase.
        Assert.Equal(1, Num(row["ActiveCustomers"]));
        Assert.Equal(0, Num(row["NewCustomers"]));
        Assert.Equal(1, Num(row["ReturningCustomers"]));
        // C2's last purchase 2025-01-20 + 30 days = 2025-02-19 falls in February: 1 lapsed.
        Assert.Equal(1, Num(row["LapsedCustomers"]));
        // S = customers within 30 days at 31 Jan: C1 (26 days), C2 (11 days) = 2.
        // R = of S, still within 30 days at 28 Feb: C1 (18 days) = 1. Retention R / S = 0.5; nobody came back.
        Assert.Equal(2, Num(row["CustomersAtStart"]));
        Assert.Equal(1, Num(row["RetainedCustomers"]));
        Assert.Equal(1, Num(row["CustomersAtEnd"]));
        Assert.Equal(0, Num(row["ReactivatedCustomers"]));
        Assert.Equal(0.5m, Dec(row["RetentionRate"]));
        Assert.Equal(0.5m, Dec(row["ChurnRate"]));
        // Trailing 12 months: C1 2 orders, C2 1 order -> 1 repeat of 2 buyers.
        Assert.Equal(0.5m, Dec(row["RepeatPurchaseRate12m"]));
        // C1: 2025-01-05 -> 2025-02-10 = 36 days.
        Assert.Equal(36m, Dec(row["AvgDaysBetweenPurchases"]));
        // 10 earned, 20 redeemed: rate 2; C1 holds 20 + 10 - 20 = 10 (the plain running sum over all buyers said 35, counting
        // non-member C2's 25: one definition now, the member balance of mart.LoyaltyMemberMonth).
        Assert.Equal(2m, Dec(row["RedemptionRate"]));
        Assert.Equal(10, Num(row["PointsOutstanding"]));
        // Member C1 bought 18 days before month end (< 90): 1 of 1 active.
        Assert.Equal(1, Num(row["LoyaltyMembers"]));
        Assert.Equal(1m, Dec(row["ActiveMemberRate"]));
    }

    [Fact]
    public async Task Loyalty_March_RevolvingDoorAndZeroRetention()
    {
        var row = await AllRow(202503);

        // C2 (O5) and C3 (O7) buy; the anonymous order O6 does not count. C3 is new.
        Assert.Equal(2, Num(row["ActiveCustomers"]));
        Assert.Equal(1, Num(row["NewCustomers"]));
        // Lapse line: C1 2025-02-10 + 30 = 03-12, C2 2025-03-01 + 30 = 03-31: both cross in March.
        Assert.Equal(2, Num(row["LapsedCustomers"]));
        Assert.Equal(0.5m, Dec(row["RevolvingDoorRatio"]));
        // S = 1 (C1 at 28 Feb); E = C3 only (C1 49 days, C2 exactly 30 days are out), who is new: R = 0 -> 0.
        // C2 bought again on 03-01 after lapsing in February, but is out again at 31 March: not reactivated.
        Assert.Equal(1, Num(row["CustomersAtStart"]));
        Assert.Equal(0, Num(row["RetainedCustomers"]));
        Assert.Equal(1, Num(row["CustomersAtEnd"]));
        Assert.Equal(0, Num(row["ReactivatedCustomers"]));
        Assert.Equal(0m, Dec(row["ReactivationRate"]));
        Assert.Equal(0m, Dec(row["RetentionRate"]));
        Assert.Equal(1m, Dec(row["ChurnRate"]));
        // 12 months: C1 2, C2 2, C3 1 orders -> 2 / 3.
        Assert.Equal(0.6667m, Dec(row["RepeatPurchaseRate12m"]));
        // C2: 2025-01-20 -> 2025-03-01 = 40 days.
        Assert.Equal(40m, Dec(row["AvgDaysBetweenPurchases"]));
        // Members C1 (49 days) and C3 (11 days), both within 90.
        Assert.Equal(2, Num(row["LoyaltyMembers"]));
        Assert.Equal(2, Num(row["ActiveMembers"]));
        // No points in March: redemption rate undefined, outstanding unchanged (C3 joins holding none).
        Assert.Null(row["RedemptionRate"]);
        Assert.Equal(10, Num(row["PointsOutstanding"]));
    }

    [Fact]
    public async Task PointsOutstanding_SameAsLoyaltyPoints_OnEveryMonthAndSharedCut()
    {
        // One definition of a member's balance: mart.Loyalty and mart.LoyaltyPoints agree wherever both have the cut.
        var disagreements = await fixture.QueryAsync("""
            SELECT l.YearMonthKey, l.CutLevel, l.StoreId, l.Region, l.PointsOutstanding, p.PointsOutstanding AS Other
            FROM mart.Loyalty AS l
            INNER JOIN mart.LoyaltyPoints AS p ON p.YearMonthKey = l.YearMonthKey AND p.CutLevel = l.CutLevel AND p.StoreId = l.StoreId AND p.Region = l.Region
            WHERE l.CutLevel IN ('All', 'Store', 'Region') AND l.Channel = 'All' AND l.Segment = 'All'
              AND (l.PointsOutstanding <> p.PointsOutstanding OR l.PointsLiability <> p.PointsLiability)
            """);
        Assert.Empty(disagreements);
        Assert.NotEmpty(await fixture.QueryAsync("SELECT 1 FROM mart.Loyalty AS l INNER JOIN mart.LoyaltyPoints AS p ON p.YearMonthKey = l.YearMonthKey AND p.CutLevel = l.CutLevel AND p.StoreId = l.StoreId WHERE l.CutLevel = 'Store' AND l.PointsOutstanding > 0"));
    }

    [Fact]
    public async Task Loyalty_StoreCut_OnlyThatStoresOrders()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.Loyalty WHERE CutLevel = 'Store' AND StoreId = 'S1' AND YearMonthKey = 202501");

        // January at S1: only O1 by C1, a new customer.
        Assert.Equal(1, Num(row["ActiveCustomers"]));
        Assert.Equal(1, Num(row["NewCustomers"]));
        Assert.Equal("All", row["Region"]);
        Assert.Equal("All", row["Segment"]);
    }
}
