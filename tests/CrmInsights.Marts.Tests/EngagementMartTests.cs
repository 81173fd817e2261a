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
}
