namespace CrmInsights.Reports.Model;

/// <summary>A KPI's name and definition text, as written in the KPI catalog.</summary>
public sealed record KpiDefinition(string Section, string Name, string Definition);
