namespace CrmInsights.Reports.Delivery;

/// <summary>The <c>Reports</c> configuration section.</summary>
public sealed class ReportsOptions
{
    /// <summary>Section name.</summary>
    public const string SectionName = "Reports";

    /// <summary>Report definitions.</summary>
    public List<ReportDefinition> Definitions { get; set; } = [];

    /// <summary>Targets per headline KPI key, e.g. { "nps": 40 }.</summary>
    public Dictionary<string, decimal> Targets { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Currency code of money values.</summary>
    public string Currency { get; set; } = "GBP";

    /// <summary>How long a 'sending' claim is honoured before another run may retry it (a crashed run's claim).</summary>
    public int ClaimLeaseMinutes { get; set; } = 30;

    /// <summary>Finds a definition by name (case-insensitive), or throws naming the known ones.</summary>
    public ReportDefinition Find(string name) =>
        Definitions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"No report named '{name}' in Reports:Definitions; known: {string.Join(", ", Definitions.Select(d => d.Name))}.");
}
