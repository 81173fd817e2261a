namespace CrmInsights.Reports.Model;

/// <summary>The Summary sheet's scorecard: which headline KPIs it shows (at most <see cref="MaxKpis"/>), grouped by family.</summary>
public static class Scorecard
{
    /// <summary>A scorecard a manager reads in 30 seconds holds no more than this many KPIs.</summary>
    public const int MaxKpis = 12;

    /// <summary>How many scorecard KPIs the e-mail shows, the first ones of the configured order.</summary>
    public const int EmailKpis = 5;

    /// <summary>
    /// The default scorecard, in priority order (the first <see cref="EmailKpis"/> go into the e-mail):
    /// three per family.
    /// </summary>
    public static IReadOnlyList<string> DefaultKeys { get; } =
    [
        "net_revenue", "active_customers", "retention_rate", "nps", "email_open_rate",
        "margin_percent", "aov", "repeat_purchase_rate", "csat", "complaints_per_1000_orders", "conversion_rate", "email_click_rate",
    ];

    /// <summary>The pack's scorecard KPIs in configured order (unknown keys are skipped; validation reports them).</summary>
    public static IReadOnlyList<HeadlineKpi> Select(KpiPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var keys = pack.ScorecardKeys.Count > 0 ? pack.ScorecardKeys : DefaultKeys;
        return keys.Take(MaxKpis)
            .Select(k => pack.Headlines.FirstOrDefault(h => string.Equals(h.Key, k, StringComparison.OrdinalIgnoreCase)))
            .OfType<HeadlineKpi>()
            .ToList();
    }

    /// <summary>The scorecard grouped by family in family order (loyalty, satisfaction, engagement, profitability), configured order within.</summary>
    public static IReadOnlyList<IGrouping<KpiFamily, HeadlineKpi>> Grouped(KpiPack pack) =>
        Select(pack).GroupBy(h => h.Family).OrderBy(g => g.Key).ToList();
}
