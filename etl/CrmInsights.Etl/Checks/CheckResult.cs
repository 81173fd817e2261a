namespace CrmInsights.Etl.Checks;

/// <summary>The outcome of one check, as recorded in etl.CheckResult.</summary>
/// <param name="Name">Check name (per-source checks carry the source as suffix).</param>
/// <param name="Severity">Severity.</param>
/// <param name="Passed">True when no row failed.</param>
/// <param name="FailedCount">Number of failing rows.</param>
/// <param name="Message">Human-readable result.</param>
/// <param name="Sample">The first failing rows as JSON (null when passed).</param>
/// <param name="BatchId">The batch checked, for batch reconciliation.</param>
public sealed record CheckResult(string Name, CheckSeverity Severity, bool Passed, long FailedCount, string Message, string? Sample, long? BatchId = null);
