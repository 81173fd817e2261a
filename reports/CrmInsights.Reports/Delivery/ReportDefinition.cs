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

    /// <summary>Threshold alerts that mark the subject and the summary.</summary>
    public List<AlertThreshold> Alerts { get; set; } = [];
}
