using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Kpis;

/// <summary>A headline KPI and the mart view column it is read from (identifiers from code, never from input).</summary>
internal sealed record HeadlineSpec(string Key, string Name, KpiFamily Family, KpiUnit Unit, bool HigherIsBetter, string Column);
