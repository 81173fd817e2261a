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
        Assert.Null(row["CsatRate"]);
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
        // CSAT [5, 4, 2]: 2 of 3 top-two-box = 0.6667 (a fraction, shown as 66.7 %); mean 11 / 3 = 3.6667.
        Assert.Equal(0.6667m, Dec(row["CsatRate"]));
        Assert.Equal(3.6667m, Dec(row["CsatMean"]));
        // CES [6, 3]: mean 4.5, one of two in 5-7 = 0.5.
        Assert.Equal(4.5m, Dec(row["CesMean"]));
        Assert.Equal(0.5m, Dec(row["CesEasyRate"]));
        // One complaint (R3) resolved in 10 h (within 48); February has one purchase order (O3): 1000 per 1,000.
        Assert.Equal(1, Num(row["Complaints"]));
        Assert.Equal(1m, Dec(row["WithinSlaRate"]));
        Assert.Equal(10m, Dec(row["MedianResolutionHours"]));
        Assert.Equal(1000m, Dec(row["ComplaintsPer1000Orders"]));
    }

    [Fact]
    public async Task Satisfaction_March_NearestRankPercentilesAndOpenComplaint()
    {
        var row = await AllRow(202503);

        // NPS [6, 8, 3, 10]: 1 promoter, 2 detractors of 4 -> 25 - 50 = -25.
        Assert.Equal(-25m, Dec(row["Nps"]));
        // Complaints R5 (60 h), R6 (20 h), R7 (open): 3, 2 resolved, 1 within 48 h -> 0.3333.
        Assert.Equal(3, Num(row["Complaints"]));
        Assert.Equal(1, Num(row["OpenComplaints"]));
        Assert.Equal(0.3333m, Dec(row["WithinSlaRate"]));
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

    private Task<Dictionary<string, object?>> StoreRow(string storeId, int month) =>
        fixture.SingleAsync($"SELECT * FROM mart.Satisfaction WHERE CutLevel = 'Store' AND StoreId = '{storeId}' AND YearMonthKey = {month}");

    [Fact]
    public async Task Satisfaction_StoreCut_CustomerOfTwoStoresCountsAtTheLatestPurchaseStore()
    {
        // C1 bought at S1 (O1, January) and then at S2 (O3, February): home store S2 from February on, so C1's
        // March detractor answer R7 (3, open complaint) is S2's. S2 in March: R5 (C2, 6, 60 h) and R7 (C1, 3).
        var s2 = await StoreRow("S2", 202503);

        Assert.Equal(("All", "All", "All"), ((string)s2["Region"]!, (string)s2["Channel"]!, (string)s2["Segment"]!));
        Assert.Equal(2, Num(s2["Responses"]));
        Assert.Equal(2, Num(s2["Detractors"]));
        Assert.Equal(-100m, Dec(s2["Nps"]));
        Assert.Equal(2, Num(s2["Complaints"]));
        Assert.Equal(1, Num(s2["OpenComplaints"]));
        // R5 resolved in 60 h, past the 48 h SLA: 0 of 2 complaints within it; median and P90 both 60.
        Assert.Equal(0m, Dec(s2["WithinSlaRate"]));
        Assert.Equal(60m, Dec(s2["MedianResolutionHours"]));
        // 2 complaints over S2's one March purchase order (O5): 2,000 per 1,000.
        Assert.Equal(2000m, Dec(s2["ComplaintsPer1000Orders"]));

        // S1 in March: C3's R6 (8, resolved in 20 h) and R8 (10); C3's only purchase O7 is at S1 (20 March, so the
        // month-end home store also covers R6 of 10 March). 1 promoter of 2 = 50; 1 complaint over O6 + O7 = 500.
        var s1 = await StoreRow("S1", 202503);
        Assert.Equal(2, Num(s1["Responses"]));
        Assert.Equal(50m, Dec(s1["Nps"]));
        Assert.Equal(1m, Dec(s1["WithinSlaRate"]));
        Assert.Equal(500m, Dec(s1["ComplaintsPer1000Orders"]));
    }

    [Fact]
    public async Task Satisfaction_StoreCut_ResponsesWithAndWithoutAStore()
    {
        // February: R1 (C1) and R2 (C2) have home store S2; R3 (C5 never bought) and R4 (unidentified) have none.
        var s2 = await StoreRow("S2", 202502);
        var none = await StoreRow("None", 202502);

        // S2: NPS [10, 9] = 100; CSAT [5, 4] both top-two-box = 1; CES [6, 3]: mean 4.5, easy 0.5; S2's order O3, no complaint.
        Assert.Equal(2, Num(s2["Responses"]));
        Assert.Equal(100m, Dec(s2["Nps"]));
        Assert.Equal(1m, Dec(s2["CsatRate"]));
        Assert.Equal(4.5m, Dec(s2["CesMean"]));
        Assert.Equal(0.5m, Dec(s2["CesEasyRate"]));
        Assert.Equal(0m, Dec(s2["ComplaintsPer1000Orders"]));
        // None: NPS [4, 10] = 0; R3's complaint; no orders are taken at "None", so no per-1,000 figure.
        Assert.Equal(2, Num(none["Responses"]));
        Assert.Equal(0m, Dec(none["Nps"]));
        Assert.Equal(1, Num(none["Complaints"]));
        Assert.Null(none["ComplaintsPer1000Orders"]);
    }

    [Fact]
    public async Task Satisfaction_StoreCut_StoreWithoutResponsesHasZeroRow()
    {
        // No February response is attributed to S1 (and its only February order, O4, is a return).
        var s1 = await StoreRow("S1", 202502);

        Assert.Equal(0, Num(s1["Responses"]));
        Assert.Equal(0, Num(s1["Complaints"]));
        Assert.Null(s1["Nps"]);
        Assert.Null(s1["CsatRate"]);
        Assert.Null(s1["MedianResolutionHours"]);
        Assert.Null(s1["ComplaintsPer1000Orders"]);
    }

    [Fact]
    public async Task Satisfaction_RegionCut_IsTheHomeStoresRegion()
    {
        // C1 lives in North but R7 counts at S2 (South): South in March = S2's R5 and R7, North = S1's R6 and R8.
        var south = await fixture.SingleAsync("SELECT * FROM mart.Satisfaction WHERE CutLevel = 'Region' AND Region = 'South' AND YearMonthKey = 202503");
        var north = await fixture.SingleAsync("SELECT * FROM mart.Satisfaction WHERE CutLevel = 'Region' AND Region = 'North' AND YearMonthKey = 202503");

        Assert.Equal((2L, -100m), (Num(south["Responses"]), Dec(south["Nps"])!.Value));
        Assert.Equal((2L, 50m), (Num(north["Responses"]), Dec(north["Nps"])!.Value));
        Assert.Equal("All", south["StoreId"]);
    }

    [Fact]
    public async Task Satisfaction_StoreAndRegionRows_AddUpToAll()
    {
        var rows = await fixture.QueryAsync(
            "SELECT YearMonthKey, CutLevel, CAST(SUM(Responses) AS bigint) AS Responses, CAST(SUM(Promoters) AS bigint) AS Promoters, CAST(SUM(Complaints) AS bigint) AS Complaints " +
            "FROM mart.Satisfaction WHERE CutLevel IN ('All', 'Store', 'Region') GROUP BY YearMonthKey, CutLevel");

        foreach (var month in rows.GroupBy(r => Num(r["YearMonthKey"])))
        {
            var all = month.Single(r => (string)r["CutLevel"]! == "All");
            Assert.All(month, r => Assert.Equal(
                (Num(all["Responses"]), Num(all["Promoters"]), Num(all["Complaints"])),
                (Num(r["Responses"]), Num(r["Promoters"]), Num(r["Complaints"]))));
        }
        Assert.Equal(3, rows.Select(r => Num(r["YearMonthKey"])).Distinct().Count());
    }

    [Fact]
    public async Task NpsDistribution_StoreCut_MatchesSatisfaction()
    {
        var rows = await fixture.QueryAsync("SELECT Score, Answers FROM mart.NpsDistribution WHERE CutLevel = 'Store' AND StoreId = 'S2' AND YearMonthKey = 202503 ORDER BY Score");

        // R7 (3) and R5 (6).
        Assert.Equal([(3L, 1L), (6L, 1L)], rows.Select(r => (Num(r["Score"]), Num(r["Answers"]))));
    }
}
