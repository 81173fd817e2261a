using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Delivery;

/// <summary>The <c>Reports</c> configuration section.</summary>
public sealed class ReportsOptions
{
    /// <summary>Section name.</summary>
    public const string SectionName = "Reports";

    /// <summary>Report definitions.</summary>
    public List<ReportDefinition> Definitions { get; set; } = [];

    /// <summary>
    /// Fixed targets per headline KPI key on the KPI's own scale (rates as 0-1 fractions), e.g. { "nps": 40, "csat": 0.8 },
    /// for every report; a definition's own <see cref="ReportDefinition.Targets"/> win over these.
    /// </summary>
    public Dictionary<string, decimal> Targets { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Currency of money values: always <c>Warehouse:Currency</c> (the one currency setting; set at start, not bound
    /// from this section).
    /// </summary>
    public string Currency { get; internal set; } = "GBP";

    /// <summary>The value of the removed <c>Reports:Currency</c> key when a configuration still sets it (validation names it).</summary>
    internal string? RemovedCurrencyKey { get; set; }

    /// <summary>How long a 'sending' claim is honoured before another run may retry it (a crashed run's claim).</summary>
    public int ClaimLeaseMinutes { get; set; } = 30;

    /// <summary>
    /// Freshness limit per source in hours: the gate holds packs while the latest successful load of a
    /// source is older (hours since mart.SourceHealth.LastSucceededAtUtc). Keys are source names.
    /// </summary>
    public Dictionary<string, decimal> FreshnessLimitHours { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pos"] = 36,
        ["web"] = 36,
        ["email"] = 48,
        ["survey"] = 72,
    };

    /// <summary>Minimum n per kind of rate (answers, complaints, customers, sessions, emails); below it a rate is marked "small sample" and never cited.</summary>
    public MinimumSamples MinimumSamples { get; set; } = new();

    /// <summary>Months in each trend series, ending with the report month (13-24).</summary>
    public int TrendMonths { get; set; } = 24;

    /// <summary>Finds a definition by name (case-insensitive), or throws naming the known ones.</summary>
    public ReportDefinition Find(string name) =>
        Definitions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"No report named '{name}' in Reports:Definitions; known: {string.Join(", ", Definitions.Select(d => d.Name))}.");
}
