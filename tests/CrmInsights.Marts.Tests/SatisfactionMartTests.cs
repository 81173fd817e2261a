using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

[Collection(MartGroup.Name)]
public sealed class SatisfactionMartTests(MartFixture fixture)
{
    private Task<Dictionary<string, object?>> AllRow(int month) =>
        fixture.SingleAsync($"SELECT * FROM mart.Satisfaction WHERE CutLevel = 'All' AND YearMonthKey = {month}");

    [Fact]
    public async Task Satisfaction_MonthWithoutResponses_HasZeroRowAndNullScores()
    {
        var row = await AllRow(202501);

        Assert.Equal(0, Num(row["Responses"]));
        Assert.Null(row["Nps"]);
        Assert.Null(row["CsatPercent"]);
        Assert.Null(row["MedianResolutionHours"]);
        Assert.Equal(0m, Dec(row["ComplaintsPer1000Orders"]));
    }

    [Fact]
    public async Task Satisfaction_February_CatalogNpsReferenceAndCsatCes()
    {
        var row = await AllRow(202502);

        // NPS answers [10, 9, 4, 10]: 3 promoters, 1 detractor of 4 -> 75 - 25 = 50 (catalog reference value).
        Assert.Equal(4, Num(row["NpsResponses"]));
        Assert.Equal(50m, Dec(row["Nps"]));
        // CSAT [5, 4, 2]: 2 of 3 top-two-box = 66.67 %; mean 11 / 3 = 3.6667.
        Assert.Equal(66.67m, Dec(row["CsatPercent"]));
        Assert.Equal(3.6667m, Dec(row["CsatMean"]));
        // CES [6, 3]: mean 4.5, one of two in 5-7 = 50 %.
        Assert.Equal(4.5m, Dec(row["CesMean"]));
        Assert.Equal(50m, Dec(row["CesEasyPercent"]));
        // One complaint (R3) resolved in 10 h (within 48); February has one purchase order (O3): 1000 per 1,000.
        Assert.Equal(1, Num(row["Complaints"]));
        Assert.Equal(100m, Dec(row["WithinSlaPercent"]));
        Assert.Equal(10m, Dec(row["MedianResolutionHours"]));
        Assert.Equal(1000m, Dec(row["ComplaintsPer1000Orders"]));
    }

    [Fact]
    public async Task Satisfaction_March_NearestRankPercentilesAndOpenComplaint()
    {
        var row = await AllRow(202503);

        // NPS [6, 8, 3, 10]: 1 promoter, 2 detractors of 4 -> 25 - 50 = -25.
        Assert.Equal(-25m, Dec(row["Nps"]));
        // Complaints R5 (60 h), R6 (20 h), R7 (open): 3, 2 resolved, 1 within 48 h -> 33.33 %.
        Assert.Equal(3, Num(row["Complaints"]));
        Assert.Equal(1, Num(row["OpenComplaints"]));
        Assert.Equal(33.33m, Dec(row["WithinSlaPercent"]));
        // Resolved hours sorted [20, 60]: median = rank ceil(0.5 x 2) = 1 -> 20; P90 = rank ceil(1.8) = 2 -> 60.
        Assert.Equal(20m, Dec(row["MedianResolutionHours"]));
        Assert.Equal(60m, Dec(row["P90ResolutionHours"]));
        // 3 complaints over 3 purchase orders (O5, O6, O7).
        Assert.Equal(1000m, Dec(row["ComplaintsPer1000Orders"]));
    }

    [Fact]
    public async Task Satisfaction_ChannelCut_ByTouchpoint()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.Satisfaction WHERE CutLevel = 'Channel' AND Channel = 'web' AND YearMonthKey = 202503");

        // Web in March: R6 (8), R7 (3), R8 (10) -> 1 promoter, 1 detractor of 3 = 0.
        Assert.Equal(3, Num(row["NpsResponses"]));
        Assert.Equal(0m, Dec(row["Nps"]));
        Assert.Null(row["ComplaintsPer1000Orders"]);
    }
}
