using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

[Collection(MartGroup.Name)]
public sealed class EngagementMartTests(MartFixture fixture)
{
    [Fact]
    public async Task Engagement_January_WebRates()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.Engagement WHERE CutLevel = 'All' AND YearMonthKey = 202501");

        // WS1 engaged and identified, WS2 neither: 1 / 2 engaged, bounce 0.5, identified 0.5, no purchase.
        Assert.Equal(2, Num(row["Sessions"]));
        Assert.Equal(0.5m, Dec(row["EngagementRate"]));
        Assert.Equal(0.5m, Dec(row["BounceRate"]));
        Assert.Equal(0m, Dec(row["ConversionRate"]));
        Assert.Equal(0.5m, Dec(row["IdentifiedShare"]));
        Assert.Null(row["OpenRate"]);
    }

    [Fact]
    public async Task Engagement_March_EmailRatesMachineOpensApart()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.Engagement WHERE CutLevel = 'All' AND YearMonthKey = 202503");

        // 3 sent, 2 delivered; C1 opens (human) and clicks, C2's open is a machine open, C3 hard-bounces.
        Assert.Equal(3, Num(row["EmailsSent"]));
        Assert.Equal(0.6667m, Dec(row["DeliveryRate"]));
        Assert.Equal(1, Num(row["UniqueOpeners"]));
        Assert.Equal(1, Num(row["MachineOpens"]));
        Assert.Equal(0.5m, Dec(row["OpenRate"]));
        Assert.Equal(0.5m, Dec(row["ClickRate"]));
        Assert.Equal(1m, Dec(row["ClickToOpenRate"]));
        Assert.Equal(0.3333m, Dec(row["HardBounceRate"]));
        Assert.Null(row["EngagementRate"]);
    }

    [Fact]
    public async Task Engagement_February_ConversionAndChannelCut()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.Engagement WHERE CutLevel = 'Channel' AND Channel = 'online' AND YearMonthKey = 202502");

        // WS3: engaged, purchase, identified.
        Assert.Equal(1, Num(row["Sessions"]));
        Assert.Equal(1m, Dec(row["ConversionRate"]));
        Assert.Equal(1m, Dec(row["IdentifiedShare"]));
    }

    private Task<Dictionary<string, object?>> StoreRow(string storeId, int month) =>
        fixture.SingleAsync($"SELECT * FROM mart.Engagement WHERE CutLevel = 'Store' AND StoreId = '{storeId}' AND YearMonthKey = {month}");

    [Fact]
    public async Task Engagement_StoreCut_CustomerOfTwoStoresFollowsTheLatestPurchase()
    {
        // C1's January session WS1 (home store S1 after O1) counts at S1; the anonymous WS2 at None.
        var janS1 = await StoreRow("S1", 202501);
        Assert.Equal((1L, 1m), (Num(janS1["Sessions"]), Dec(janS1["EngagementRate"])!.Value));
        var janNone = await StoreRow("None", 202501);
        Assert.Equal((1L, 0m, 0m), (Num(janNone["Sessions"]), Dec(janNone["EngagementRate"])!.Value, Dec(janNone["IdentifiedShare"])!.Value));

        // March campaign K1: C1 (home S2 since O3) and C2 (S2) at S2, C3 (first purchase O7 at S1) at S1.
        // S2: 2 sent, 2 delivered, C1 opens and clicks, C2's open is a machine open.
        var marS2 = await StoreRow("S2", 202503);
        Assert.Equal(2, Num(marS2["EmailsSent"]));
        Assert.Equal(1m, Dec(marS2["DeliveryRate"]));
        Assert.Equal(0.5m, Dec(marS2["OpenRate"]));
        Assert.Equal(1m, Dec(marS2["ClickToOpenRate"]));
        Assert.Equal(1, Num(marS2["MachineOpens"]));
        // S1: C3's message hard-bounced: 1 of 1 sent, nothing delivered, so no open rate.
        var marS1 = await StoreRow("S1", 202503);
        Assert.Equal(1m, Dec(marS1["HardBounceRate"]));
        Assert.Null(marS1["OpenRate"]);
    }

    [Fact]
    public async Task Engagement_StoreCut_StoreWithoutActivityHasZeroRow()
    {
        // February: WS3 (C2) is S2's; nothing is attributed to S1.
        var s1 = await StoreRow("S1", 202502);

        Assert.Equal(0, Num(s1["Sessions"]));
        Assert.Equal(0, Num(s1["EmailsSent"]));
        Assert.Null(s1["EngagementRate"]);
        Assert.Null(s1["OpenRate"]);
    }

    [Fact]
    public async Task Engagement_RegionCut_IsTheHomeStoresRegion()
    {
        // C1's customer region is North, but his March home store S2 is in South: South has 2 of the 3 sends.
        var south = await fixture.SingleAsync("SELECT * FROM mart.Engagement WHERE CutLevel = 'Region' AND Region = 'South' AND YearMonthKey = 202503");
        var north = await fixture.SingleAsync("SELECT * FROM mart.Engagement WHERE CutLevel = 'Region' AND Region = 'North' AND YearMonthKey = 202503");

        Assert.Equal((2L, 0.5m), (Num(south["EmailsSent"]), Dec(south["OpenRate"])!.Value));
        Assert.Equal((1L, 1L), (Num(north["EmailsSent"]), Num(north["HardBounces"])));
    }

    [Fact]
    public async Task Engagement_StoreRows_AddUpToAll()
    {
        var rows = await fixture.QueryAsync(
            "SELECT YearMonthKey, CutLevel, CAST(SUM(Sessions) AS bigint) AS Sessions, CAST(SUM(EmailsSent) AS bigint) AS EmailsSent, CAST(SUM(ScoredCustomers) AS bigint) AS Scored " +
            "FROM mart.Engagement WHERE CutLevel IN ('All', 'Store', 'Region') GROUP BY YearMonthKey, CutLevel");

        foreach (var month in rows.GroupBy(r => Num(r["YearMonthKey"])))
        {
            var all = month.Single(r => (string)r["CutLevel"]! == "All");
            Assert.All(month, r => Assert.Equal(
                (Num(all["Sessions"]), Num(all["EmailsSent"]), Num(all["Scored"])),
                (Num(r["Sessions"]), Num(r["EmailsSent"]), Num(r["Scored"]))));
        }
    }
}
