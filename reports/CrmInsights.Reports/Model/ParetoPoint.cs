namespace CrmInsights.Reports.Model;

/// <summary>A point of the Pareto (cumulative revenue) curve: customers ranked by revenue, best first.</summary>
/// <param name="CustomerShare">Cumulative share of customers, 0..1.</param>
/// <param name="RevenueShare">Cumulative share of revenue they produce, 0..1.</param>
public sealed record ParetoPoint(decimal CustomerShare, decimal RevenueShare);
