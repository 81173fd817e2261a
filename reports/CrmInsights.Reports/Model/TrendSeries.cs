namespace CrmInsights.Reports.Model;

/// <summary>A monthly series of one KPI, oldest first (13–24 months in a pack).</summary>
/// <param name="Key">KPI key, e.g. "net_revenue".</param>
/// <param name="Name">Display name.</param>
/// <param name="Family">The family sheet that shows it.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Points">One point per month.</param>
public sealed record TrendSeries(string Key, string Name, KpiFamily Family, KpiUnit Unit, IReadOnlyList<TrendPoint> Points);

/// <summary>One month of a trend.</summary>
public sealed record TrendPoint(ReportPeriod Month, decimal Value);
