using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

[Collection(MartGroup.Name)]
public sealed class ProfitabilityMartTests(MartFixture fixture)
{
    [Fact]
    public async Task Profitability_February_ReturnsNetted()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.Profitability WHERE CutLevel = 'All' AND YearMonthKey = 202502");

        // O3 40 + return O4 -10 = 30 revenue; margin 36 - 6 = 30 (rate 1); 1 purchase order, 1 active customer.
        Assert.Equal(30m, Dec(row["NetRevenue"]));
        Assert.Equal(30m, Dec(row["GrossMargin"]));
        Assert.Equal(1m, Dec(row["MarginRate"]));
        Assert.Equal(1, Num(row["Orders"]));
        Assert.Equal(30m, Dec(row["AverageOrderValue"]));
    }

    [Fact]
    public async Task Profitability_March_AnonymousRevenueAndCac()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.Profitability WHERE CutLevel = 'All' AND YearMonthKey = 202503");

        // 30 (O5) + 50 (O6, anonymous) + 20 (O7) = 100; margin 18 + 46 + 16 = 80, rate 0.8.
        Assert.Equal(100m, Dec(row["NetRevenue"]));
        Assert.Equal(80m, Dec(row["GrossMargin"]));
        Assert.Equal(0.8m, Dec(row["MarginRate"]));
        // 3 orders -> AOV 33.3333; 2 identified active customers -> 50 per customer.
        Assert.Equal(33.3333m, Dec(row["AverageOrderValue"]));
        Assert.Equal(50m, Dec(row["RevenuePerActiveCustomer"]));
        // Campaign K1 cost 100 / 1 new customer (C3).
        Assert.Equal(100m, Dec(row["CustomerAcquisitionCost"]));
        // Historical CLV to date: C1 12 + 36 = 48, C2 21 + 18 = 39, C3 16 -> 103 over 3 buyers.
        Assert.Equal(3, Num(row["ValuedCustomers"]));
        Assert.Equal(103m, Dec(row["HistoricalClv"]));
    }

    [Fact]
    public async Task Profitability_SegmentCut_AnonymousOrdersApart()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.Profitability WHERE CutLevel = 'Segment' AND Segment = 'Anonymous' AND YearMonthKey = 202503");

        Assert.Equal(50m, Dec(row["NetRevenue"]));
        Assert.Equal(0, Num(row["ActiveCustomers"]));
    }

    [Fact]
    public async Task ProfitabilityDecile_March_AverageRankDeciles()
    {
        var rows = await fixture.QueryAsync("SELECT * FROM mart.ProfitabilityDecile WHERE YearMonthKey = 202503 ORDER BY Decile");

        // Active in March: C3 margin 16 (rank 1), C2 margin 18 (rank 2); n = 2.
        // Decile = ceil(10 x rank / 2): C3 -> 5, C2 -> 10. Shares 16 / 34 and 18 / 34.
        Assert.Equal([5L, 10L], rows.Select(r => Num(r["Decile"])));
        Assert.Equal(0.4706m, Dec(rows[0]["MarginShare"]));
        Assert.Equal(0.5294m, Dec(rows[1]["MarginShare"]));
    }

    [Fact]
    public async Task ProfitabilityPareto_March_TopFifthAndEightyPercent()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.ProfitabilityPareto WHERE YearMonthKey = 202503 AND CutLevel = 'All'");

        // Revenues C2 30, C3 20. Top quintile (average rank > 0.8 n = 1.6): C2 only -> 30 / 50 = 0.6.
        Assert.Equal(0.6m, Dec(row["TopFifthRevenueShare"]));
        // From the top: C2 reaches 30 < 40 (80 % of 50); with C3 50 >= 40 -> 2 of 2 customers.
        Assert.Equal(2, Num(row["CustomersFor80Percent"]));
        Assert.Equal(1m, Dec(row["CustomerShareFor80Percent"]));
    }

    [Fact]
    public async Task ProfitabilityPareto_StoreCut_RanksTheStoresOwnBuyers()
    {
        // January: C1 bought at S1 (O1, 20), C2 at S2 (O2, 25). Whole business: C2 alone is the top fifth -> 25 / 45.
        var all = await fixture.SingleAsync("SELECT * FROM mart.ProfitabilityPareto WHERE YearMonthKey = 202501 AND CutLevel = 'All'");
        Assert.Equal(0.5556m, Dec(all["TopFifthRevenueShare"]));
        // Each store has one buyer holding all its revenue; March S1 ranks C3 (O7, 20) only, the anonymous O6 is not a customer.
        var s1 = await fixture.SingleAsync("SELECT * FROM mart.ProfitabilityPareto WHERE YearMonthKey = 202503 AND CutLevel = 'Store' AND StoreId = 'S1'");
        Assert.Equal((1L, 20m, 1m), (Num(s1["Customers"]), Dec(s1["NetRevenue"])!.Value, Dec(s1["TopFifthRevenueShare"])!.Value));
        var south = await fixture.SingleAsync("SELECT * FROM mart.ProfitabilityPareto WHERE YearMonthKey = 202501 AND CutLevel = 'Region' AND Region = 'South'");
        Assert.Equal((1L, 25m), (Num(south["Customers"]), Dec(south["NetRevenue"])!.Value));
        var curve = await fixture.QueryAsync("SELECT * FROM mart.ParetoCurve WHERE YearMonthKey = 202501 AND CutLevel = 'Store' AND StoreId = 'S2' ORDER BY Step");
        Assert.Equal(10, curve.Count);
        Assert.All(curve, p => Assert.Equal((1m, 1m), (Dec(p["CustomerShare"])!.Value, Dec(p["RevenueShare"])!.Value)));
    }

    [Fact]
    public async Task Profitability_WithoutUnitCosts_MarginIsNullNotRevenue()
    {
        // A warehouse where product P1 has no cost: O6's line has none either, so March's margin is unknown.
        using var noCosts = new MartFixture();
        await noCosts.InitializeAsync();
        await noCosts.ExecuteAsync("UPDATE dim.Product SET UnitCost = NULL");

        var march = await noCosts.SingleAsync("SELECT * FROM mart.Profitability WHERE CutLevel = 'All' AND YearMonthKey = 202503");
        Assert.Equal(100m, Dec(march["NetRevenue"]));
        Assert.Null(march["GrossMargin"]);
        Assert.Null(march["MarginRate"]);
        Assert.Equal(1, Num(march["UncostedOrders"]));
        // February's lines all carry their own cost: a margin, and no uncosted order.
        var february = await noCosts.SingleAsync("SELECT * FROM mart.Profitability WHERE CutLevel = 'All' AND YearMonthKey = 202502");
        Assert.NotNull(february["GrossMargin"]);
        Assert.Equal(0, Num(february["UncostedOrders"]));
        Assert.Null((await noCosts.SingleAsync("SELECT Margin FROM mart.OrderSummary WHERE OrderId = 'O6'"))["Margin"]);
    }
}
