using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Delivery;

/// <summary>A report in configuration (<c>Reports:Definitions</c>): what, how often, to whom, with which alerts.</summary>
public sealed class ReportDefinition
{
    /// <summary>Unique report name, e.g. "Monthly CRM".</summary>
    public string Name { get; set; } = "";

    /// <summary>Period kind; only "Monthly" exists today.</summary>
    public string Period { get; set; } = "Monthly";

    /// <summary>Owner's email: receives failure notices when the data is not fit to send.</summary>
    public string Owner { get; set; } = "";

    /// <summary>Recipients, each with their slice.</summary>
    public List<RecipientDefinition> Recipients { get; set; } = [];

    /// <summary>
    /// Headline KPI keys of the Summary's scorecard in priority order, at most 12 (the first five go into the
    /// e-mail); empty: <see cref="Model.Scorecard.DefaultKeys"/>.
    /// </summary>
    public List<string> Scorecard { get; set; } = [];

    /// <summary>Targets per KPI key: a fixed value, or a change or growth against the same month last year.</summary>
    public Dictionary<string, KpiTarget> Targets { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether this is <see cref="BuiltInReports.Default"/> (no report configured), not bound from configuration.</summary>
    public bool IsBuiltIn { get; internal set; }

    /// <summary>Threshold alerts that mark the subject and the summary.</summary>
    public List<AlertThreshold> Alerts { get; set; } = [];
}
