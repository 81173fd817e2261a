using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Kpis;

/// <summary>
/// A KPI family's mart view: its headline columns (all of them broken down by store, region, channel and
/// segment on the family sheet) and the KPIs it trends.
/// </summary>
/// <param name="Family">The family sheet.</param>
/// <param name="View">The mart view (schema-qualified), read with one SELECT per pack.</param>
/// <param name="Headlines">Headline KPIs in display order.</param>
/// <param name="TrendKeys">Keys of the headlines given a monthly trend.</param>
internal sealed record FamilyView(
    KpiFamily Family, string View, IReadOnlyList<HeadlineSpec> Headlines, IReadOnlyList<string> TrendKeys);
