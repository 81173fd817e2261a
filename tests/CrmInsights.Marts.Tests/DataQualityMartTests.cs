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
}
