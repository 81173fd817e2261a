using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Delivery;

/// <summary>The data checks, source freshness and the dates the data covers at report time, as the gate sees them.</summary>
/// <param name="Sources">Per source: freshness, rows and failing checks.</param>
/// <param name="Coverage">First and latest business date with any fact (mart.DataRange); null when not read.</param>
public sealed record DataHealth(IReadOnlyList<DataQualityRow> Sources, DataCoverage? Coverage = null);

/// <summary>The first and latest business dates with any fact; both null when the warehouse holds no facts.</summary>
public sealed record DataCoverage(DateOnly? First, DateOnly? Last);
