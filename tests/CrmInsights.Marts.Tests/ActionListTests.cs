using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

[Collection(MartGroup.Name)]
public sealed class ActionListTests(MartFixture fixture)
{
    private Task<List<string>> Customers(string view, int month = 202503) => CustomersOf(fixture, view, month);

    private static async Task<List<string>> CustomersOf(MartFixture f, string view, int month) =>
        [.. (await f.QueryAsync($"SELECT CustomerId FROM mart.{view} WHERE YearMonthKey = {month}")).Select(r => (string)r["CustomerId"]!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task ActionDetractorFollowUp_LastFourteenDaysUnresolved()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.ActionDetractorFollowUp WHERE YearMonthKey = 202503");

        // As of 03-31; window 03-18..03-31. R7 (C1, NPS 3, 03-18, unresolved) qualifies;
        // R5 (03-05) is outside and resolved; R3 (February) is outside. Comment text comes out as data.
        Assert.Equal("R7", row["ResponseId"]);
        Assert.Equal("C1", row["CustomerId"]);
        Assert.Equal(13, Num(row["DaysAgo"]));
        Assert.Equal(20250331, Num(row["AsOfDateKey"]));
        Assert.Equal("=HYPERLINK(\"x\")", row["Comment"]);
    }

    [Fact]
    public async Task ActionOpenComplaints_OnlyUnresolved()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.ActionOpenComplaints WHERE YearMonthKey = 202503");

        Assert.Equal("R7", row["ResponseId"]);
        Assert.Equal(13, Num(row["AgeDays"]));
    }

    [Fact]
    public async Task ActionReferralCandidates_PromoterWhoBoughtRecently()
    {
        // C3: latest answer R8 = 10 (03-19), bought 03-20 (11 days before 03-31). C1's latest is 3, C2's 6, C5's 4.
        Assert.Equal(["C3"], await Customers("ActionReferralCandidates"));
    }

    [Fact]
    public async Task ActionBirthdayNextMonth_OptedInAprilBirthdays()
    {
        // As of March -> April birthdays: C1 (04-15), C2 (04-02); C3 is not opted in; C5 is born in May.
        Assert.Equal(["C1", "C2"], await Customers("ActionBirthdayNextMonth"));
        // As of February -> March birthdays: nobody.
        Assert.Empty(await Customers("ActionBirthdayNextMonth", 202502));
    }

    [Fact]
    public async Task ActionWinBack_LapsedAboveMedianClv()
    {
        var row = await fixture.SingleAsync("SELECT * FROM mart.ActionWinBack WHERE YearMonthKey = 202503");

        // Historical CLV: C3 16, C2 39, C1 48 -> nearest-rank median 39. Above it: C1, whose last purchase
        // 02-10 is 49 days before 03-31 (between LapseDays 30 and 365).
        Assert.Equal("C1", row["CustomerId"]);
        Assert.Equal(39m, Dec(row["MedianHistoricalClv"]));
        Assert.Equal(49, Num(row["DaysSinceLastPurchase"]));
    }

    [Fact]
    public async Task ActionHighValueAtRisk_WithoutModelFit_IsEmpty()
    {
        // Two repeat buyers are below Snapshot:MinimumRepeatBuyersForFit, so no predictions and no list.
        Assert.Empty(await Customers("ActionHighValueAtRisk"));
        Assert.Null(fixture.FirstDerive.ModelFitKey);
    }

    [Fact]
    public async Task ActionLists_AsOfTheReportMonth_FebruaryIsNotMarch()
    {
        // February's lists hold nothing from March: R7 (03-18) is neither a February detractor nor a February complaint.
        Assert.Empty(await Customers("ActionDetractorFollowUp", 202502));
        Assert.Empty(await Customers("ActionOpenComplaints", 202502));
        Assert.Equal(["C1"], await Customers("ActionOpenComplaints"));
    }

    [Fact]
    public async Task ActionLists_PastMonth_SameAfterLaterDataArrives()
    {
        // A second warehouse with the same rows, then April arrives: R7 is resolved on 04-02 and C1 buys again.
        using var later = new MartFixture();
        await later.InitializeAsync();
        string[] views = ["ActionDetractorFollowUp", "ActionOpenComplaints", "ActionReferralCandidates", "ActionBirthdayNextMonth", "ActionWinBack", "ActionHighValueAtRisk"];
        var before = new List<List<string>>();
        foreach (var view in views)
        {
            before.Add(await CustomersOf(later, view, 202503));
        }

        await later.ExecuteAsync("""
            UPDATE fact.SurveyResponse SET ResolvedAtUtc = TIMESTAMP '2025-04-02 09:00:00', ResolvedDateKey = 20250402, ResolutionHours = 360 WHERE ResponseId = 'R7';
            INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, StoreKey, ProductKey, Quantity, UnitPrice, DiscountAmount, TaxAmount, UnitCost, Currency, PointsEarned, PointsRedeemed, BatchId)
            VALUES ('O8', 1, TIMESTAMP '2025-04-03 10:00:00', 20250403, 1, 1, 1, 1, 10, 0, 0, 4, 'GBP', 0, 0, 1);
            """);
        await later.CreateDeriver(Options).DeriveAsync();

        for (var i = 0; i < views.Length; i++)
        {
            Assert.Equal(before[i], await CustomersOf(later, views[i], 202503));
        }
        Assert.Equal(["C1"], before[1]);
        // As of April the complaint is resolved.
        Assert.Empty(await CustomersOf(later, "ActionOpenComplaints", 202504));
    }
}
