using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

[Collection(MartGroup.Name)]
public sealed class ActionListTests(MartFixture fixture)
{
    private async Task<List<string>> Customers(string view) =>
        [.. (await fixture.QueryAsync($"SELECT CustomerId FROM mart.{view}")).Select(r => (string)r["CustomerId"]!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task ActionDetractorFollowUp_LastFourteenDaysUnresolved()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.ActionDetractorFollowUp");

        // Latest data date 03-20; window 03-07..03-20. R7 (C1, NPS 3, 03-18, unresolved) qualifies;
        // R5 (03-05) is outside and resolved; R3 (February) is outside. Comment text comes out as data.
        Assert.Equal("R7", row["ResponseId"]);
        Assert.Equal("C1", row["CustomerId"]);
        Assert.Equal(2, Num(row["DaysAgo"]));
        Assert.Equal("=HYPERLINK(\"x\")", row["Comment"]);
    }

    [Fact]
    public async Task ActionOpenComplaints_OnlyUnresolved()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.ActionOpenComplaints");

        Assert.Equal("R7", row["ResponseId"]);
        Assert.Equal(2, Num(row["AgeDays"]));
    }

    [Fact]
    public async Task ActionReferralCandidates_PromoterWhoBoughtRecently()
    {
        // C3: latest answer R8 = 10 (03-19), bought 03-20. C1's latest is 3, C2's 6, C5's 4.
        Assert.Equal(["C3"], await Customers("ActionReferralCandidates"));
    }

    [Fact]
    public async Task ActionBirthdayNextMonth_OptedInAprilBirthdays()
    {
        // Latest data month March -> April birthdays: C1 (04-15), C2 (04-02); C3 is not opted in; C5 is born in May.
        Assert.Equal(["C1", "C2"], await Customers("ActionBirthdayNextMonth"));
    }

    [Fact]
    public async Task ActionWinBack_LapsedAboveMedianClv()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.ActionWinBack");

        // Historical CLV: C3 16, C2 39, C1 48 -> nearest-rank median 39. Above it: C1, whose last purchase
        // 02-10 is 38 days before 03-20 (between LapseDays 30 and 365).
        Assert.Equal("C1", row["CustomerId"]);
        Assert.Equal(39m, Dec(row["MedianHistoricalClv"]));
        Assert.Equal(38, Num(row["DaysSinceLastPurchase"]));
    }

    [Fact]
    public async Task ActionHighValueAtRisk_WithoutModelFit_IsEmpty()
    {
        // Two repeat buyers are below Snapshot:MinimumRepeatBuyersForFit, so no predictions and no list.
        Assert.Empty(await Customers("ActionHighValueAtRisk"));
        Assert.Null(fixture.FirstDerive.ModelFitKey);
    }
}
