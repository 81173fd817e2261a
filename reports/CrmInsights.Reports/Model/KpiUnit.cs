namespace CrmInsights.Reports.Model;

/// <summary>The unit a KPI value is expressed in; decides its Excel number format and its text form.</summary>
public enum KpiUnit
{
    /// <summary>A whole number of things (customers, orders).</summary>
    Count,
    /// <summary>Money in the pack's currency.</summary>
    Currency,
    /// <summary>A rate or share as a fraction where 0.25 means 25 % (every mart rate is on this scale).</summary>
    Percent,
    /// <summary>A plain ratio such as 1.8 orders per customer.</summary>
    Ratio,
    /// <summary>A duration in days.</summary>
    Days,
    /// <summary>A score on its own scale (NPS −100..100, CES 1..7).</summary>
    Score,
}
