namespace CrmInsights.Reports.Model;

/// <summary>
/// Everything one report pack shows, for one report, period and slice. The mart-query layer
/// fills it; the workbook, charts and email are built from it alone.
/// </summary>
public sealed record KpiPack
{
    /// <summary>Report definition name.</summary>
    public required string ReportName { get; init; }

    /// <summary>The month reported on.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>The cut of the data (all, region, store).</summary>
    public required ReportSlice Slice { get; init; }

    /// <summary>ISO currency code of money values (<c>Warehouse:Currency</c>, default GBP).</summary>
    public string Currency { get; init; } = "GBP";

    /// <summary>When the pack was built (UTC).</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Headline KPIs of the Summary sheet and the email, in display order.</summary>
    public required IReadOnlyList<HeadlineKpi> Headlines { get; init; }

    /// <summary>Headline keys of the Summary's scorecard in priority order (empty: <see cref="Scorecard.DefaultKeys"/>).</summary>
    public IReadOnlyList<string> ScorecardKeys { get; init; } = [];

    /// <summary>Breakdown rows per family sheet.</summary>
    public IReadOnlyDictionary<KpiFamily, IReadOnlyList<KpiBreakdownRow>> FamilyTables { get; init; } =
        new Dictionary<KpiFamily, IReadOnlyList<KpiBreakdownRow>>();

    /// <summary>Monthly trends (13–24 months each).</summary>
    public IReadOnlyList<TrendSeries> Trends { get; init; } = [];

    /// <summary>NPS answers 0..10 in the period, if any survey ran.</summary>
    public NpsDistribution? Nps { get; init; }

    /// <summary>Pareto curve points, ascending customer share.</summary>
    public IReadOnlyList<ParetoPoint> Pareto { get; init; } = [];

    /// <summary>Retention triangle, oldest cohort first.</summary>
    public IReadOnlyList<CohortRow> Cohorts { get; init; } = [];

    /// <summary>R×F grid cells.</summary>
    public IReadOnlyList<RfmCell> Rfm { get; init; } = [];

    /// <summary>Email funnel stages, in order.</summary>
    public IReadOnlyList<FunnelStage> EmailFunnel { get; init; } = [];

    /// <summary>Action lists (personal data; see <see cref="WithoutPersonalData"/>).</summary>
    public IReadOnlyList<ActionList> ActionLists { get; init; } = [];

    /// <summary>Whether <see cref="ActionLists"/> were removed because the recipient may not see personal data.</summary>
    public bool PersonalDataWithheld { get; init; }

    /// <summary>Data-quality rows per source.</summary>
    public IReadOnlyList<DataQualityRow> DataQuality { get; init; } = [];

    /// <summary>The email campaigns sent in the pack's month and the two before, best ROI first (campaigns are not cut by store).</summary>
    public IReadOnlyList<CampaignRow> Campaigns { get; init; } = [];

    /// <summary>Alerts raised by the report definition's thresholds (filled by <see cref="WithAlerts"/>).</summary>
    public IReadOnlyList<string> Alerts { get; init; } = [];

    /// <summary>A copy without action lists, for recipients not allowed personal data.</summary>
    public KpiPack WithoutPersonalData() => this with
    {
        ActionLists = [],
        PersonalDataWithheld = true,
        ActionListSizes = ActionCounts(),
    };

    /// <summary>How many customers each action list holds, kept when the lists themselves are withheld (a count is not personal data).</summary>
    public IReadOnlyList<(string List, int Customers)> ActionListSizes { get; init; } = [];

    /// <summary>Customers per action list: from the lists when present, else the sizes kept when they were withheld.</summary>
    public IReadOnlyList<(string List, int Customers)> ActionCounts() =>
        ActionLists.Count > 0 ? ActionLists.Select(l => (l.Name, l.Items.Count)).ToList() : ActionListSizes;

    /// <summary>A copy whose headline targets come from configuration (KPI key → target).</summary>
    public KpiPack WithTargets(IReadOnlyDictionary<string, decimal> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return this with
        {
            Headlines = Headlines
                .Select(h => targets.TryGetValue(h.Key, out var t) ? h with { Target = t, TargetBasis = "fixed" } : h)
                .ToList(),
        };
    }

    /// <summary>
    /// A copy whose headline targets come from a report definition (KPI key → fixed value, or change/growth
    /// against the same month last year); keys without a target keep the one they have.
    /// </summary>
    public KpiPack WithTargets(IReadOnlyDictionary<string, KpiTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var byKey = new Dictionary<string, KpiTarget>(targets, StringComparer.OrdinalIgnoreCase);
        return this with
        {
            Headlines = Headlines
                .Select(h =>
                {
                    if (!byKey.TryGetValue(h.Key, out var t))
                    {
                        return h;
                    }
                    var (value, basis) = t.Resolve(h, Currency);
                    return h with { Target = value, TargetBasis = basis };
                })
                .ToList(),
        };
    }

    /// <summary>A copy carrying alert messages.</summary>
    public KpiPack WithAlerts(IReadOnlyList<string> alerts) => this with { Alerts = alerts };
}
