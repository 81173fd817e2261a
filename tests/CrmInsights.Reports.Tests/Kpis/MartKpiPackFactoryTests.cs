using System.Globalization;
using CrmInsights.Reports.Delivery;
using CrmInsights.Reports.Kpis;
using CrmInsights.Reports.Model;
using CrmInsights.Reports.Tests.Support;
using CrmInsights.Warehouse.DuckDb;
using static CrmInsights.Reports.Tests.Support.MartWarehouse;

namespace CrmInsights.Reports.Tests.Kpis;

public sealed class MartKpiPackFactoryTests(MartPackFixture fixture) : IClassFixture<MartPackFixture>
{
    private static readonly ReportPeriod March = new(2025, 3);

    private Task<KpiPack> BuildAsync(ReportSlice slice, bool personalData = false) =>
        fixture.Factory().BuildAsync("Monthly", March, slice, personalData, CancellationToken.None);

    private Task<object?> ViewAsync(string view, string column, int month, string condition) =>
        ScalarAsync(fixture.Engine, $"SELECT {column} FROM {view} WHERE YearMonthKey = {month} AND {condition}");

    [Fact]
    public async Task BuildAsync_AllSlice_EveryHeadlineEqualsSelectOnItsView()
    {
        var pack = await BuildAsync(ReportSlice.All);

        var specs = KpiCatalogViews.All.SelectMany(f => f.Headlines.Select(h => (f.View, h))).ToList();
        Assert.Equal(specs.Count + 1, pack.Headlines.Count);
        foreach (var (view, spec) in specs)
        {
            var h = Assert.Single(pack.Headlines, x => x.Key == spec.Key);
            Assert.Equal(Dec(await ViewAsync(view, spec.Column, 202503, "CutLevel = 'All'")), h.Current);
            Assert.Equal(Dec(await ViewAsync(view, spec.Column, 202502, "CutLevel = 'All'")), h.Previous);
            Assert.Null(h.SamePeriodLastYear);
        }
        var pareto = Assert.Single(pack.Headlines, x => x.Key == "pareto_top20_share");
        Assert.Equal(Dec(await ScalarAsync(fixture.Engine, "SELECT TopFifthRevenueShare FROM mart.ProfitabilityPareto WHERE YearMonthKey = 202503 AND CutLevel = 'All'")), pareto.Current);
    }

    [Fact]
    public async Task BuildAsync_CampaignWithAnAudienceFile_CarriesItsHoldoutResult()
    {
        // K1 (sent 03-02 08:00) meant for C1 and C2 (treatment) and C3 (held out). Nobody buys from the send to 03-09 (O5 is
        // on 03-01, O7 on 03-20): both rates 0, uplift 0, and far too few buyers to trust the interval.
        await ExecuteAsync(fixture.Engine, """
            INSERT INTO fact.CampaignAudience (CampaignKey, EmailNormalized, CustomerKey, AudienceGroup, BatchId)
            SELECT 1, c.CustomerId || '@x.com', MIN(c.CustomerKey), CASE WHEN c.CustomerId = 'C3' THEN 'control' ELSE 'treatment' END, 4
            FROM dim.Customer AS c WHERE c.CustomerId IN ('C1', 'C2', 'C3') GROUP BY c.CustomerId;
            """);
        try
        {
            var k1 = Assert.Single((await BuildAsync(ReportSlice.All)).Campaigns, c => c.CampaignId == "K1");
            Assert.Equal((2L, 1L, 0m, true), (k1.Holdout!.TreatmentMembers, k1.Holdout.ControlMembers, k1.Holdout.ConversionUplift!.Value, k1.Holdout.IsSmallSample));
            Assert.NotNull(k1.Holdout.ConversionLow);
            Assert.Contains("⚠ small holdout: 2 treated vs 1 held out", k1.Note, StringComparison.Ordinal);
        }
        finally
        {
            await ExecuteAsync(fixture.Engine, "DELETE FROM fact.CampaignAudience;");
        }

        // Without an audience file the campaign has no holdout result at all (not a zero one).
        Assert.Null(Assert.Single((await BuildAsync(ReportSlice.All)).Campaigns, c => c.CampaignId == "K1").Holdout);
    }

    [Fact]
    public async Task BuildAsync_EveryRateCarriesItsN_AndFewAnswersAreMarkedSmall()
    {
        var pack = await BuildAsync(ReportSlice.All);
        HeadlineKpi H(string key) => pack.Headlines.Single(h => h.Key == key);

        // March NPS rests on 4 answers (minimum 30): marked, and never a mover.
        Assert.Equal(new SampleSize(SampleKind.Answers, 4, 30), H("nps").Sample);
        Assert.True(H("nps").IsSmallSample);
        Assert.Null(H("nps").ChangeZ);
        // This fixture's snapshot holds March only, so no base at month start: retention's n is 0, marked small.
        Assert.Equal(new SampleSize(SampleKind.Customers, 0, 30), H("retention_rate").Sample);
        // Resolution times over 2 resolved complaints (minimum 10).
        Assert.Equal(new SampleSize(SampleKind.Complaints, 2, 10), H("resolution_p90_hours").Sample);
        // Email rates over the 2 delivered emails; counts and money carry no n.
        Assert.Equal(2, H("email_open_rate").Sample!.N);
        Assert.Null(H("net_revenue").Sample);
        // Every rate headline names its n; the breakdown rows carry it too.
        Assert.All(pack.Headlines.Where(h => h.Unit == KpiUnit.Percent && h.Key is not ("margin_percent" or "redemption_rate" or "pareto_top20_share")),
            h => Assert.NotNull(h.Sample));
        Assert.Contains(pack.FamilyTables[KpiFamily.Satisfaction], r => r.Kpi == "NPS" && r.Sample is { N: 4, IsSmall: true });
        // The minimum is configuration.
        fixture.Options.MinimumSamples.Answers = 3;
        try
        {
            Assert.False((await BuildAsync(ReportSlice.All)).Headlines.Single(h => h.Key == "nps").IsSmallSample);
        }
        finally
        {
            fixture.Options.MinimumSamples.Answers = 30;
        }
    }

    [Fact]
    public async Task BuildAsync_AllSlice_HandWorkedValues()
    {
        var pack = await BuildAsync(ReportSlice.All);
        decimal? Value(string key) => pack.Headlines.Single(h => h.Key == key).Current;

        // March orders O5 30 + O6 50 + O7 20 (the anonymous order counts for revenue).
        Assert.Equal(100m, Value("net_revenue"));
        // February: O3 40 and C4's return O4 -10.
        Assert.Equal(30m, pack.Headlines.Single(h => h.Key == "net_revenue").Previous);
        // Active C2 and C3; C3's first purchase is in March.
        Assert.Equal(2m, Value("active_customers"));
        Assert.Equal(1m, Value("new_customers"));
        // NPS answers 6, 8, 3, 10: 1 promoter, 2 detractors of 4 = -25.
        Assert.Equal(-25m, Value("nps"));
        Assert.Equal([0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 1], pack.Nps!.Counts);
        Assert.Equal(-25m, pack.Nps.Nps);
        // Funnel of campaign K1: 3 processed, 2 delivered, 1 human opener (C2's open is a machine open), 1 clicker; the clicker
        // C1 buys nothing within 7 days of the click, so no message reaches the purchase stage.
        Assert.Equal([("Sent", 3L), ("Delivered", 2L), ("Opened", 1L), ("Clicked", 1L), ("Purchased", 0L)], pack.EmailFunnel.Select(s => (s.Name, s.Count)));
        // RFM: three scored customers in three cells.
        Assert.Equal(3, pack.Rfm.Sum(c => c.Customers));
        Assert.Contains(pack.Rfm, c => c is { Recency: 5, Frequency: 1, Segment: "New", Customers: 1, Revenue: 20m });
        // Trends end with the report month and equal the view.
        var revenue = Assert.Single(pack.Trends, t => t.Key == "net_revenue");
        Assert.Equal([(new ReportPeriod(2025, 1), 45m), (new ReportPeriod(2025, 2), 30m), (March, 100m)], revenue.Points.Select(p => (p.Month, p.Value)));
        // Breakdown: S1 70, S2 30 in March.
        var stores = pack.FamilyTables[KpiFamily.Profitability].Where(r => r.Kpi == "Net revenue" && r.Cut == "Store").ToList();
        Assert.Equal([("S1", 70m), ("S2", 30m)], stores.Select(r => (r.Member, r.Current!.Value)));
    }

    [Fact]
    public async Task BuildAsync_StoreSlice_OnlyThatStoresNumbers()
    {
        var pack = await BuildAsync(ReportSlice.Store("S1"));

        var revenue = pack.Headlines.Single(h => h.Key == "net_revenue");
        Assert.Equal(70m, revenue.Current);
        Assert.Equal(Dec(await ViewAsync("mart.Profitability", "NetRevenue", 202503, "CutLevel = 'Store' AND StoreId = 'S1'")), revenue.Current);
        Assert.Equal(Dec(await ViewAsync("mart.Loyalty", "ActiveCustomers", 202503, "CutLevel = 'Store' AND StoreId = 'S1'")), pack.Headlines.Single(h => h.Key == "active_customers").Current);
        Assert.Equal(1m, pack.Headlines.Single(h => h.Key == "active_customers").Current);
        // Surveys count at the respondent's home store: C3 (home S1) answered 8 and 10 in March -> NPS 50, not the business's -25.
        Assert.Equal(50m, pack.Headlines.Single(h => h.Key == "nps").Current);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1], pack.Nps!.Counts);
        // Pareto by the order's store: S1's only identified buyer in March is C3 (O7; O6 is anonymous), so the top
        // fifth is C3 with all of it, and every step of the curve is (1, 1).
        Assert.Equal(1m, pack.Headlines.Single(h => h.Key == "pareto_top20_share").Current);
        Assert.Equal(Dec(await ViewAsync("mart.ProfitabilityPareto", "TopFifthRevenueShare", 202503, "CutLevel = 'Store' AND StoreId = 'S1'")), pack.Headlines.Single(h => h.Key == "pareto_top20_share").Current);
        Assert.Equal(10, pack.Pareto.Count);
        Assert.All(pack.Pareto, p => Assert.Equal((1m, 1m), (p.CustomerShare, p.RevenueShare)));
        Assert.All(pack.FamilyTables.Values.SelectMany(r => r), r => Assert.Equal(("Total", "Store S1"), (r.Cut, r.Member)));
        Assert.DoesNotContain(pack.FamilyTables.Values.SelectMany(r => r), r => r.Current is 100m or 30m);
        Assert.Equal([(5, 1)], pack.Rfm.Select(c => (c.Recency, c.Frequency)));
        var cohort = Assert.Single(pack.Cohorts);
        Assert.Equal((March, 1, 1m), (cohort.Cohort, cohort.Size, cohort.Retention[0]));
    }

    [Theory]
    [InlineData("S1")]
    [InlineData("S2")]
    public async Task BuildAsync_StoreSlice_EveryHeadlineEqualsSelectOnItsView(string store)
    {
        var pack = await BuildAsync(ReportSlice.Store(store));

        var specs = KpiCatalogViews.All.SelectMany(f => f.Headlines.Select(h => (f.View, h)))
            .Append(("mart.ProfitabilityPareto", KpiCatalogViews.ParetoShare)).ToList();
        Assert.Equal(specs.Count, pack.Headlines.Count);
        foreach (var (view, spec) in specs)
        {
            var h = Assert.Single(pack.Headlines, x => x.Key == spec.Key);
            Assert.Equal(Dec(await ViewAsync(view, spec.Column, 202503, $"CutLevel = 'Store' AND StoreId = '{store}'")), h.Current);
            Assert.Equal(Dec(await ViewAsync(view, spec.Column, 202502, $"CutLevel = 'Store' AND StoreId = '{store}'")), h.Previous);
        }
    }

    [Fact]
    public async Task BuildAsync_StoreSlice_SatisfactionAndEngagementFilledFromHomeStore()
    {
        var pack = await BuildAsync(ReportSlice.Store("S2"));
        decimal? Value(string key) => pack.Headlines.Single(h => h.Key == key).Current;

        // March home store S2: C1 and C2. Answers R5 (C2, 6, complaint resolved in 60 h) and R7 (C1, 3, open complaint).
        Assert.Equal(-100m, Value("nps"));
        Assert.Equal(2m, Value("complaints"));
        Assert.Equal(1m, Value("open_complaints"));
        Assert.Equal(0m, Value("within_sla"));
        // 2 complaints over S2's one March purchase order (O5).
        Assert.Equal(2000m, Value("complaints_per_1000_orders"));
        // Campaign K1 to C1 and C2: both delivered, C1 opens (C2's open is a machine open) and clicks. A 0..1 fraction.
        Assert.Equal(1m, Value("email_delivery_rate"));
        Assert.Equal(0.5m, Value("email_open_rate"));
        Assert.Equal(KpiUnit.Percent, pack.Headlines.Single(h => h.Key == "email_open_rate").Unit);
        Assert.Equal(0m, Value("sessions"));
        Assert.Equal([("Sent", 2L), ("Delivered", 2L), ("Opened", 1L), ("Clicked", 1L), ("Purchased", 0L)], pack.EmailFunnel.Select(s => (s.Name, s.Count)));
        // Margin rate is a fraction too: S2's March margin 18 on revenue 30.
        Assert.Equal(0.6m, Value("margin_percent"));
        Assert.Equal(KpiUnit.Percent, pack.Headlines.Single(h => h.Key == "margin_percent").Unit);
    }

    [Fact]
    public async Task BuildAsync_RegionSlice_BreaksDownByTheRegionsStores()
    {
        var pack = await BuildAsync(ReportSlice.Region("South"));

        Assert.Equal(Dec(await ViewAsync("mart.Profitability", "NetRevenue", 202503, "CutLevel = 'Region' AND Region = 'South'")), pack.Headlines.Single(h => h.Key == "net_revenue").Current);
        var members = pack.FamilyTables[KpiFamily.Profitability].Where(r => r.Cut != "Total").Select(r => r.Member).Distinct().ToList();
        Assert.Equal(["S2"], members);
        // Region is the home store's region in satisfaction as in loyalty: South = S2's answers R5 and R7 (C1 lives in North).
        Assert.Equal(-100m, pack.Headlines.Single(h => h.Key == "nps").Current);
        Assert.Equal(["S2"], pack.FamilyTables[KpiFamily.Satisfaction].Where(r => r.Cut != "Total").Select(r => r.Member).Distinct());
    }

    [Fact]
    public async Task BuildAsync_PersonalData_ActionListsCutByHomeStore()
    {
        var all = await BuildAsync(ReportSlice.All, personalData: true);
        var s2 = await BuildAsync(ReportSlice.Store("S2"), personalData: true);
        var s1 = await BuildAsync(ReportSlice.Store("S1"), personalData: true);

        Assert.False(all.PersonalDataWithheld);
        var detractor = Assert.Single(all.ActionLists.Single(l => l.Name == "Detractors without follow-up").Items);
        Assert.Equal(("C1", "Ann One", "c1@example.com", "S2", new DateOnly(2025, 3, 18)), (detractor.CustomerId, detractor.CustomerName, detractor.Email, detractor.StoreId, detractor.Since));
        // Every reason is a full sentence with its numbers and real dates, as of the report month's end.
        Assert.Equal("Answered NPS 3 via web on 18 March 2025, 13 days before 31 March 2025, with no follow-up by then.", detractor.Reason);
        var birthdays = all.ActionLists.Single(l => l.Name == "Birthdays next month").Items;
        Assert.Equal(["Birthday on 2 April 2025; opted in to marketing.", "Birthday on 15 April 2025; opted in to marketing."], birthdays.Select(b => b.Reason));
        Assert.All(all.ActionLists.SelectMany(l => l.Items), i => Assert.EndsWith(".", i.Reason));
        Assert.DoesNotContain(all.ActionLists.SelectMany(l => l.Items.Select(i => i.Reason).Append(l.Description)),
            t => t.Contains("of the last days", StringComparison.Ordinal) || t.Contains("day 1 of", StringComparison.Ordinal));
        Assert.Single(s2.ActionLists.Single(l => l.Name == "Detractors without follow-up").Items);
        Assert.Empty(s1.ActionLists.Single(l => l.Name == "Detractors without follow-up").Items);
        Assert.All(s1.ActionLists.SelectMany(l => l.Items), i => Assert.Equal("S1", i.StoreId));
    }

    [Fact]
    public async Task BuildAsync_PersonalData_RewardListSaysHowFarEachMemberIs()
    {
        // A copy whose reward rule is every 3rd purchase: C1 (member L1, 2 purchases to March, home store S2) is one away;
        // C3 (L3, 1 purchase) is not; C2 is no member. With the default (every 10th) the fixture lists nobody.
        var copy = Path.Combine(fixture.Root, $"reward-{Guid.NewGuid():N}.duckdb");
        File.Copy(fixture.Engine.DatabasePath, copy);
        var engine = new DuckDbWarehouse(copy);
        Assert.Empty((await fixture.Factory().BuildAsync("Monthly", March, ReportSlice.All, true, CancellationToken.None)).ActionLists.Single(l => l.Name == "One purchase from a reward").Items);
        await ExecuteAsync(engine, "DELETE FROM etl.Setting WHERE SettingName = 'RewardEveryNthPurchase'; " +
            "INSERT INTO etl.Setting (SettingName, SettingValue, Description, UpdatedAtUtc) VALUES ('RewardEveryNthPurchase', 3, 'test', TIMESTAMP '2025-04-01 06:00:00');");

        var pack = await fixture.Factory(engine).BuildAsync("Monthly", March, ReportSlice.All, true, CancellationToken.None);

        var item = Assert.Single(pack.ActionLists.Single(l => l.Name == "One purchase from a reward").Items);
        Assert.Equal(("C1", "Ann One", "S2", new DateOnly(2025, 2, 10)), (item.CustomerId, item.CustomerName, item.StoreId, item.Since));
        Assert.Equal("2 purchases since the last reward, which comes every 3; last bought on 10 February 2025.", item.Reason);
        Assert.Empty((await fixture.Factory(engine).BuildAsync("Monthly", March, ReportSlice.Store("S1"), true, CancellationToken.None)).ActionLists.Single(l => l.Name == "One purchase from a reward").Items);
    }

    [Fact]
    public async Task BuildAsync_PersonalData_NextBestOfferSaysWhatAndWhy()
    {
        // A copy with ten anonymous March baskets of a mug and tea, and C1 buying a mug alone in March: 11 orders with the
        // mug, 10 of them with tea (91 %), at the default minimum of 10 orders together. C1 never bought tea: offered it.
        var copy = Path.Combine(fixture.Root, $"offers-{Guid.NewGuid():N}.duckdb");
        File.Copy(fixture.Engine.DatabasePath, copy);
        var engine = new DuckDbWarehouse(copy);
        var anonymous = string.Join(", ", Enumerable.Range(1, 10).SelectMany(n => new[]
        {
            string.Create(CultureInfo.InvariantCulture, $"('NA{n}', 1, TIMESTAMP '2025-03-10 10:00:00', 20250310, -1, 8, 1, 1, 5, 0, 0, 2, 'GBP', 0, 0, 1)"),
            string.Create(CultureInfo.InvariantCulture, $"('NA{n}', 2, TIMESTAMP '2025-03-10 10:00:00', 20250310, -1, 9, 1, 1, 3, 0, 0, 1, 'GBP', 0, 0, 1)"),
        }));
        await ExecuteAsync(engine, "INSERT INTO dim.Product (ProductKey, Sku, ProductName, UnitCost, ListPrice) VALUES (8, 'P8', 'Mug', 2, 5), (9, 'P9', 'Tea', 1, 3); " +
            "INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, DiscountAmount, TaxAmount, UnitCost, Currency, PointsEarned, PointsRedeemed, BatchId) " +
            $"VALUES {anonymous}, ('NC1', 1, TIMESTAMP '2025-03-11 10:00:00', 20250311, 1, 8, 2, 1, 5, 0, 0, 2, 'GBP', 0, 0, 1);");
        // The fixture's snapshot is written by hand, not derived: March's offers are materialised from the logic view as the derive's offer step does.
        await ExecuteAsync(engine, "INSERT INTO fact.NextBestOffer SELECT s.*, TIMESTAMP '2025-04-01 06:00:00' FROM etl.NextBestOfferSource AS s WHERE s.YearMonthKey = 202503");

        var pack = await fixture.Factory(engine).BuildAsync("Monthly", March, ReportSlice.All, true, CancellationToken.None);

        var item = Assert.Single(pack.ActionLists.Single(l => l.Name == "Next best offers").Items);
        // Since is the snapshot's last purchase (the copy is not derived again, so C1's O3 of 10 February).
        Assert.Equal(("C1", "Ann One", "S2", new DateOnly(2025, 2, 10)), (item.CustomerId, item.CustomerName, item.StoreId, item.Since));
        Assert.StartsWith("Offer Tea: 91% of the 11 orders with Mug in the last 12 months had it too (", item.Reason, StringComparison.Ordinal);
        Assert.EndsWith("x chance); bought Mug, never Tea.", item.Reason, StringComparison.Ordinal);
        Assert.Empty((await BuildAsync(ReportSlice.All, personalData: true)).ActionLists.Single(l => l.Name == "Next best offers").Items);
    }

    [Fact]
    public async Task BuildAsync_NoPersonalData_ActionViewsAreNeverQueried()
    {
        // A copy of the warehouse whose action views are gone: a pack without personal data must still build.
        var copy = Path.Combine(fixture.Root, $"noactions-{Guid.NewGuid():N}.duckdb");
        File.Copy(fixture.Engine.DatabasePath, copy);
        var engine = new DuckDbWarehouse(copy);
        await ExecuteAsync(engine, "DROP VIEW mart.ActionDetractorFollowUp; DROP VIEW mart.ActionOpenComplaints; DROP VIEW mart.ActionHighValueAtRisk; " +
            "DROP VIEW mart.ActionBirthdayNextMonth; DROP VIEW mart.ActionReferralCandidates; DROP VIEW mart.ActionWinBack; DROP VIEW mart.ActionRewardNextPurchase;");
        var definition = new ReportDefinition
        {
            Name = "Monthly",
            Recipients = [new() { Email = "hq@example.com" }, new() { Email = "s1@example.com", Store = "S1", AllowPersonalData = true }],
        };
        var factory = fixture.Factory(engine).For(definition, March);

        var pack = await factory(ReportSlice.All, CancellationToken.None);
        Assert.Empty(pack.ActionLists);
        Assert.True(pack.PersonalDataWithheld);
        Assert.Equal(100m, pack.Headlines.Single(h => h.Key == "net_revenue").Current);
        // The store slice has a recipient allowed personal data, so it does query them (and fails here).
        await Assert.ThrowsAnyAsync<Exception>(() => factory(ReportSlice.Store("S1"), CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_FailingCheckAndFailedSource_GateHoldsWithEveryCause()
    {
        var health = await new MartDataHealthReader(fixture.Engine, fixture.Options, fixture.Clock).ReadAsync(March, CancellationToken.None);

        var pos = Assert.Single(health.Sources, s => s.Source == "pos");
        // Loaded 2025-03-21 22:00, now 2025-04-01 06:00: 248 hours, limit 36.
        Assert.Equal(248m, pos.FreshnessHours);
        Assert.True(pos.IsStale);
        Assert.Equal(["orders.negative_price"], pos.CheckErrors);
        Assert.Equal((10L, 8L, 2L), (pos.RowsRead, pos.RowsLoaded, pos.RowsRejected));
        var survey = Assert.Single(health.Sources, s => s.Source == "survey");
        Assert.Contains("no successful load yet", survey.CheckErrors);
        var gate = DeliveryGate.Evaluate(health);
        Assert.False(gate.CanSend);
        Assert.Contains(gate.Causes, c => c.Contains("orders.negative_price", StringComparison.Ordinal));
        Assert.Contains(gate.Causes, c => c.Contains("'pos' is stale", StringComparison.Ordinal));
    }
}
