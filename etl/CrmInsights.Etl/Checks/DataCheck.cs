using CrmInsights.Etl.Loading;

namespace CrmInsights.Etl.Checks;

/// <summary>A data test in the spirit of dbt: a query that returns the offending rows (none = passed).</summary>
/// <param name="Name">Stable check name.</param>
/// <param name="Severity">Warning or Error (an error blocks report delivery).</param>
/// <param name="Description">What the check asserts.</param>
/// <param name="Statement">The query returning failing rows; parameters: @Currency, @Now, @FreshSince, @Source.</param>
/// <param name="PerSource">Run once per configured source with @Source set (freshness).</param>
public sealed record DataCheck(string Name, CheckSeverity Severity, string Description, LoadStatement Statement, bool PerSource = false);
