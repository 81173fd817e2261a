namespace CrmInsights.Reports.Model;

/// <summary>The KPI families of the catalog; each has its own workbook sheet.</summary>
public enum KpiFamily
{
    /// <summary>Loyalty and retention.</summary>
    Loyalty,
    /// <summary>Satisfaction (NPS, CSAT, CES, complaints).</summary>
    Satisfaction,
    /// <summary>Engagement (web and email).</summary>
    Engagement,
    /// <summary>Profitability (revenue, margin, CLV).</summary>
    Profitability,
}
