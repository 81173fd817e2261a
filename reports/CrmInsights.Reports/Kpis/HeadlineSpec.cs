using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Kpis;

/// <summary>
/// A headline KPI and the mart view column it is read from (identifiers from code, never from input), with the
/// column holding its n and the test that says how unlikely a change is by chance.
/// </summary>
internal sealed record HeadlineSpec(
    string Key, string Name, KpiFamily Family, KpiUnit Unit, bool HigherIsBetter, string Column,
    SampleColumn? Sample = null, ChangeTest Test = ChangeTest.None);

/// <summary>The view column that holds a rate's n, and what it counts.</summary>
internal sealed record SampleColumn(string Column, SampleKind Kind);

/// <summary>How the significance of a month-on-month change is judged (<see cref="ChangeSignificance"/>).</summary>
internal enum ChangeTest
{
    /// <summary>No test (money, means, percentiles, ratios without a known variance): never ranked as a mover.</summary>
    None,
    /// <summary>Two-proportion z test on the rate and its n.</summary>
    Proportion,
    /// <summary>Poisson test on the count itself.</summary>
    Count,
    /// <summary>z test on NPS from promoters, detractors and answers of both months.</summary>
    Nps,
}
