namespace CrmInsights.Reports.Model;

/// <summary>
/// One row of a family sheet: a KPI cut by a dimension member (e.g. "Active customers",
/// "Channel", "Web"), with the value for the period and the previous period.
/// </summary>
/// <param name="Kpi">KPI display name.</param>
/// <param name="Cut">Dimension name ("Total", "Store", "Channel", "Segment", "Campaign").</param>
/// <param name="Member">Dimension member; may be source text, so it is written as plain text.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Current">Value in the period.</param>
/// <param name="Previous">Value in the previous period.</param>
public sealed record KpiBreakdownRow(string Kpi, string Cut, string Member, KpiUnit Unit, decimal? Current, decimal? Previous)
{
    /// <summary>The n behind <see cref="Current"/> with its minimum; null for counts and money.</summary>
    public SampleSize? Sample { get; init; }

    /// <summary>The n behind <see cref="Previous"/>.</summary>
    public SampleSize? PreviousSample { get; init; }

    /// <summary>Whether the current value rests on fewer than its minimum n (mark it "small sample").</summary>
    public bool IsSmallSample => Sample?.IsSmall == true;
}
