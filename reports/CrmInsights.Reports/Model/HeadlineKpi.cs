namespace CrmInsights.Reports.Model;

/// <summary>
/// One headline KPI of the period with its comparisons. <see cref="Target"/> comes from
/// configuration (<c>Reports:Targets</c>), not from the marts; see <see cref="KpiPack.WithTargets"/>.
/// </summary>
/// <param name="Key">Stable key, e.g. "nps", used by targets and alert thresholds.</param>
/// <param name="Name">Display name as in the KPI catalog, e.g. "NPS".</param>
/// <param name="Family">The family sheet it belongs to.</param>
/// <param name="Unit">Unit of all three values.</param>
/// <param name="HigherIsBetter">Direction: true when a rise is good news.</param>
/// <param name="Current">Value for the period; null when it cannot be computed (no data).</param>
/// <param name="Previous">Value for the previous period.</param>
/// <param name="SamePeriodLastYear">Value for the same period a year earlier.</param>
/// <param name="Target">Target for the period, if configured.</param>
public sealed record HeadlineKpi(
    string Key,
    string Name,
    KpiFamily Family,
    KpiUnit Unit,
    bool HigherIsBetter,
    decimal? Current,
    decimal? Previous,
    decimal? SamePeriodLastYear,
    decimal? Target = null)
{
    /// <summary>The n behind <see cref="Current"/> with its minimum; null for KPIs that are not rates over a sample (counts, money).</summary>
    public SampleSize? Sample { get; init; }

    /// <summary>The n behind <see cref="Previous"/>.</summary>
    public SampleSize? PreviousSample { get; init; }

    /// <summary>Whether the current value rests on fewer than its minimum n: shown marked "small sample", never cited.</summary>
    public bool IsSmallSample => Sample?.IsSmall == true;

    /// <summary>
    /// Signed z statistic of the change against the previous month (<see cref="ChangeSignificance"/>); null when
    /// either month is missing, either n is below its minimum, or the KPI has no test (money, means, percentiles).
    /// </summary>
    public double? ChangeZ { get; init; }

    /// <summary>Monthly values, oldest first, ending with the period (the scorecard's sparkline); months without a value are left out.</summary>
    public IReadOnlyList<TrendPoint> History { get; init; } = [];

    /// <summary>How the target was set, e.g. "last year +5%" or "fixed"; null without a target.</summary>
    public string? TargetBasis { get; init; }

    /// <summary>Current minus previous, null when either is missing.</summary>
    public decimal? ChangeVsPrevious => Current - Previous;

    /// <summary>Current minus the same period last year.</summary>
    public decimal? ChangeVsLastYear => Current - SamePeriodLastYear;

    /// <summary>Relative change against the previous period (0.1 = +10 %), null when undefined.</summary>
    public decimal? RelativeChangeVsPrevious =>
        Current is { } c && Previous is { } p && p != 0 ? (c - p) / Math.Abs(p) : null;

    /// <summary>On/off track against the target, taking the direction into account.</summary>
    public TargetStatus Status => (Current, Target) switch
    {
        ({ }, { }) when IsSmallSample => TargetStatus.SmallSample,
        ({ } c, { } t) => (HigherIsBetter ? c >= t : c <= t) ? TargetStatus.OnTrack : TargetStatus.OffTrack,
        (null, { }) => TargetStatus.NoData,
        _ => TargetStatus.NoTarget,
    };
}
