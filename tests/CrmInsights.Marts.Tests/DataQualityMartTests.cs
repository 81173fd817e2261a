using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

[Collection(MartGroup.Name)]
public sealed class DataQualityMartTests(MartFixture fixture)
{
    [Fact]
    public async Task DataQuality_March_RejectRateAndFailedChecks()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.DataQuality WHERE Source = 'pos' AND YearMonthKey = 202503");

        // Batch 1: 10 read, 2 rejected -> 0.2; one failed Error check, one passed.
        Assert.Equal(0.2m, Dec(row["RejectRate"]));
        Assert.Equal(1, Num(row["FailedChecks"]));
        Assert.Equal(1, Num(row["FailedErrorChecks"]));
    }

    [Fact]
    public async Task DataFreshness_SurveyOneDayBehindPos()
    {
        var rows = (await fixture.QueryAsync("SELECT * FROM mart.DataFreshness")).ToDictionary(r => (string)r["Source"]!);

        // Latest pos fact 03-20, latest survey fact 03-19; the survey batch failed.
        Assert.Equal(20250320, Num(rows["pos"]["LatestDataDateKey"]));
        Assert.Equal(0, Num(rows["pos"]["DaysBehindLatestData"]));
        Assert.Equal(1, Num(rows["survey"]["DaysBehindLatestData"]));
        Assert.Null(rows["survey"]["LastSucceededAtUtc"]);
    }

    [Fact]
    public async Task SourceDataMonthQuality_BackFilledMonth_CountsItsRowsByBusinessDate()
    {
        // Every fact row loaded with batch 1 on 2025-03-20: by load month January is empty, by business date it has O1 and O2.
        Assert.Empty(await fixture.QueryAsync("SELECT * FROM mart.SourceMonthQuality WHERE YearMonthKey = 202501"));
        var january = await fixture.SingleAsync("SELECT * FROM mart.SourceDataMonthQuality WHERE Source = 'pos' AND YearMonthKey = 202501");
        Assert.Equal(2, Num(january["DataRows"]));
        Assert.Equal(1, Num(january["Batches"]));
        Assert.Equal(2, Num(january["BatchRowsRejected"]));
        Assert.Equal(0.2m, Dec(january["BatchRejectRate"]));
        // Batch 1's rejects are listed as January's reasons too (none were recorded in this fixture's etl.Reject).
        Assert.Empty(await fixture.QueryAsync("SELECT * FROM mart.RejectMonthSummary WHERE YearMonthKey = 202501 AND Source = 'survey'"));
    }
}
