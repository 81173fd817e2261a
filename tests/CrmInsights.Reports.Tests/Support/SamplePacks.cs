using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Tests.Support;

/// <summary>Hand-built KPI data: three stores in two regions, aggregated per slice like the mart layer would.</summary>
public static class SamplePacks
{
    public const string Hostile = "=HYPERLINK(\"http://evil.example\",\"click\")";

    public static readonly DateTimeOffset BuiltAt = new(2025, 4, 2, 6, 0, 0, TimeSpan.Zero);

    public static readonly ReportPeriod Period = new(2025, 3);

    /// <summary>Store id, region, net revenue, active customers: distinct numbers so a leak is detectable.</summary>
    public static readonly (string Store, string Region, decimal Revenue, int Active)[] Stores =
    [
        ("S001", "North", 123_456.78m, 1_111),
        ("S002", "North", 234_567.89m, 2_222),
        ("S003", "South", 345_678.91m, 3_333),
    ];

    public static KpiPack Build(ISliceFilter slice, string reportName = "Monthly CRM", IReadOnlyList<DataQualityRow>? dataQuality = null)
    {
        var stores = Stores.Where(s => slice.Includes(s.Store, s.Region)).ToList();
        var revenue = stores.Sum(s => s.Revenue);
        var active = stores.Sum(s => s.Active);
        var rng = new Random(42);
        var trendRevenue = Enumerable.Range(0, 18)
            .Select(i => new TrendPoint(Period.AddMonths(i - 17), Math.Round(revenue * (0.8m + 0.015m * i + (decimal)rng.NextDouble() * 0.05m), 2)))
            .ToList();
        trendRevenue[^1] = new TrendPoint(Period, revenue);
        var trendNps = Enumerable.Range(0, 18).Select(i => new TrendPoint(Period.AddMonths(i - 17), 20m + i)).ToList();
        var trendRetention = Enumerable.Range(0, 18).Select(i => new TrendPoint(Period.AddMonths(i - 17), 0.40m + 0.005m * i)).ToList();

        return new KpiPack
        {
            ReportName = reportName,
            Period = Period,
            Slice = slice is ReportSlice rs ? rs : new ReportSlice(slice.Kind, slice.Value),
            GeneratedAt = BuiltAt,
            Headlines =
            [
                new("net_revenue", "Net revenue", KpiFamily.Profitability, KpiUnit.Currency, true, revenue, revenue * 0.9m, revenue * 0.8m),
                new("active_customers", "Active customers", KpiFamily.Loyalty, KpiUnit.Count, true, active, active + 100, active - 50),
                new("retention_rate", "Retention rate", KpiFamily.Loyalty, KpiUnit.Percent, true, 0.485m, 0.47m, 0.45m) { History = trendRetention },
                new("nps", "NPS", KpiFamily.Satisfaction, KpiUnit.Score, true, 37.5m, 35m, 30m),
                new("email_open_rate", "Email open rate", KpiFamily.Engagement, KpiUnit.Percent, true, 0.212m, 0.25m, 0.22m)
                {
                    Sample = new(SampleKind.Emails, 19_400, 30),
                    PreviousSample = new(SampleKind.Emails, 18_000, 30),
                    ChangeZ = ChangeSignificance.Proportion(0.212m, 19_400, 0.25m, 18_000),
                },
                new("avg_days_between", "Average days between purchases", KpiFamily.Loyalty, KpiUnit.Days, false, 41.5m, 43m, 45m),
                new("purchase_frequency", "Purchase frequency", KpiFamily.Loyalty, KpiUnit.Ratio, true, 1.84m, 1.80m, null),
            ],
            FamilyTables = new Dictionary<KpiFamily, IReadOnlyList<KpiBreakdownRow>>
            {
                [KpiFamily.Loyalty] = stores.Select(s => new KpiBreakdownRow("Active customers", "Store", s.Store, KpiUnit.Count, s.Active, s.Active + 10)).ToList(),
                [KpiFamily.Profitability] = stores.Select(s => new KpiBreakdownRow("Net revenue", "Store", s.Store, KpiUnit.Currency, s.Revenue, s.Revenue * 0.9m))
                    .Append(new KpiBreakdownRow("Net revenue", "Channel", Hostile, KpiUnit.Currency, 10m, 9m)).ToList(),
                [KpiFamily.Satisfaction] = [new("CSAT", "Total", "All", KpiUnit.Percent, 0.81m, 0.79m)],
                [KpiFamily.Engagement] = [new("Sessions", "Channel", "+44 20 7946 0000", KpiUnit.Count, 5400, 5100), new("Conversion rate", "Total", "00123", KpiUnit.Percent, 0.031m, 0.029m)],
            },
            Trends =
            [
                new("net_revenue", "Net revenue", KpiFamily.Profitability, KpiUnit.Currency, trendRevenue),
                new("nps", "NPS", KpiFamily.Satisfaction, KpiUnit.Score, trendNps),
                new("retention_rate", "Retention rate", KpiFamily.Loyalty, KpiUnit.Percent, trendRetention),
            ],
            Nps = new NpsDistribution([3, 2, 4, 5, 6, 8, 12, 30, 45, 60, 75]),
            Pareto = Enumerable.Range(1, 10).Select(i => new ParetoPoint(i / 10m, (decimal)Math.Round(1 - Math.Pow(1 - i / 10.0, 2.2), 4))).ToList(),
            Cohorts = Enumerable.Range(0, 12).Select(c => new CohortRow(Period.AddMonths(c - 11), 100 + c * 7,
                Enumerable.Range(0, 12 - c).Select(k => k == 0 ? 1m : Math.Round(0.45m * (decimal)Math.Pow(0.9, k), 4)).ToList())).ToList(),
            Rfm = BuildRfm(),
            EmailFunnel = [new("Sent", 20_000), new("Delivered", 19_400), new("Opened", 4_100), new("Clicked", 900), new("Purchased", 120)],
            ActionLists =
            [
                new("Detractors without follow-up", "Detractors from the last 14 days; call within 2 days.",
                [
                    new("C-0001", Hostile, "@evil.example", "-1 555 0100", stores.FirstOrDefault().Store, "NPS 2 on 2025-03-28", 1234.5m, new DateOnly(2025, 3, 28)),
                    new("C-0002", "Ada Lovelace", "ada@example.com", "+44 1632 960000", stores.FirstOrDefault().Store, "NPS 4 on 2025-03-30", null, new DateOnly(2025, 3, 30)),
                ]),
            ],
            DataQuality = dataQuality ?? HealthyDataQuality(),
            // Ranked as the factory ranks them: ROI first; one on a small sample, one without a cost.
            Campaigns =
            [
                new(new ReportPeriod(2025, 3), "K2", "Spring sale", 9_600, 0.23m, 0.051m, 210, 9_450m, 4_120m, 1_500m, 0.9844m, 1.7467m,
                    new SampleSize(SampleKind.Emails, 9_600, 30))
                {
                    Holdout = new HoldoutUplift(9_600, 1_000, 0.012m, 0.004m, 0.021m, 0.85m, 8_160m, false),
                },
                new(new ReportPeriod(2025, 2), "K1", "VIP preview", 24, 0.5m, 0.125m, 2, 180m, 75m, 50m, 7.5m, 0.5m,
                    new SampleSize(SampleKind.Emails, 24, 30)),
                new(new ReportPeriod(2025, 3), "K3", "Newsletter", 9_800, 0.19m, 0.02m, 35, 1_320m, 610m, null, 0.1347m, null,
                    new SampleSize(SampleKind.Emails, 9_800, 30))
                {
                    Holdout = new HoldoutUplift(9_800, 0, null, null, null, null, null, true),
                },
            ],
        };
    }

    public static IReadOnlyList<DataQualityRow> HealthyDataQuality() =>
    [
        new("pos", "pos-20250401-ab12", BuiltAt.AddHours(-5), 5, 36, 10_000, 9_990, 10, [new("unit_price negative", 7), new("unknown store", 3)], [], []),
        new("web", "web-20250401-cd34", BuiltAt.AddHours(-4), 4, 36, 50_000, 50_000, 0, [], [], ["sessions dip > 30%"]),
        new("email", "email-20250401", BuiltAt.AddHours(-6), 6, 48, 20_000, 19_999, 1, [new(Hostile, 1)], [], []),
        new("survey", "survey-20250331", BuiltAt.AddHours(-30), 30, 72, 800, 800, 0, [], [], []),
    ];

    private static List<RfmCell> BuildRfm()
    {
        var cells = new List<RfmCell>();
        for (var r = 1; r <= 5; r++)
        {
            for (var f = 1; f <= 5; f++)
            {
                var segment = (r, f) switch
                {
                    (5, >= 4) => "Champions",
                    (3 or 4, >= 4) => "Loyal",
                    (>= 4, 2 or 3) => "Potential Loyalists",
                    (5, 1) => "New",
                    (4, 1) => "Promising",
                    (3, 3) => "Need Attention",
                    (3, <= 2) => "About to Sleep",
                    (<= 2, 3 or 4) => "At Risk",
                    (<= 2, 5) => "Can't Lose",
                    _ => "Hibernating",
                };
                cells.Add(new RfmCell(r, f, segment, 20 + r * 10 + f * 3, 1000m * r * f));
            }
        }
        return cells;
    }
}
