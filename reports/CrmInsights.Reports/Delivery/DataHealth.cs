using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Delivery;

/// <summary>The data checks and source freshness at report time, as the gate sees them.</summary>
public sealed record DataHealth(IReadOnlyList<DataQualityRow> Sources);
