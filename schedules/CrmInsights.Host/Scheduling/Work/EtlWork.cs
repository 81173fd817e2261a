using CrmInsights.Etl.Loading;
using CrmInsights.Etl.Sources;
using CrmInsights.Host.Scheduling.Definitions;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Scheduling.Work;

/// <summary>
/// Job kind <c>etl</c>: one <see cref="EtlPipeline.RunAsync"/> over the inbox (and configured database
/// queries). Parameter <c>source</c> names one source, or <c>all</c> (the default) for every configured
/// one. Idempotent: a batch already loaded (same content hash) is skipped, so a retry or catch-up only
/// loads what is still waiting. A failed batch or a failed error-level data check fails the attempt
/// (the retry policy tries again; the failed file stays in the inbox).
/// </summary>
public sealed class EtlWork(EtlPipeline pipeline, IOptions<EtlOptions> etl) : IScheduledWork
{
    public const string SourceParameter = "source";
    public const string AllSources = "all";

    public async Task<WorkOutcome> RunAsync(ScheduleDefinition schedule, DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var source = SourceOf(schedule.Parameters);
        var summary = await pipeline.RunAsync(source, progress: null, cancellationToken);
        var text = $"batches: {summary.Count(BatchStatus.Loaded)} loaded, {summary.Count(BatchStatus.Skipped)} skipped, " +
            $"{summary.Count(BatchStatus.Failed)} failed, {summary.Count(BatchStatus.Quarantined)} quarantined; " +
            $"rows: {summary.RowsLoaded} loaded, {summary.RowsRejected} rejected";
        if (summary.HasFailedBatches)
        {
            return WorkOutcome.Failed(text + "; failed: " + string.Join("; ",
                summary.Batches.Where(b => b.Status == BatchStatus.Failed).Select(b => $"{b.Source}/{b.Origin}: {b.Error}")));
        }
        if (summary.HasErrorChecks)
        {
            return WorkOutcome.Failed(text + "; error checks failed: " + string.Join("; ",
                summary.Checks.Where(c => !c.Passed && c.Severity == Etl.Checks.CheckSeverity.Error).Select(c => $"{c.Name}: {c.Message}")));
        }
        return WorkOutcome.Success(text);
    }

    public IEnumerable<string> ValidateParameters(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var key in parameters.Keys.Where(k => k != SourceParameter))
        {
            yield return $"'{key}' is not an etl parameter (known: {SourceParameter}).";
        }
        // Checked at start, so a misspelt source fails validation instead of failing every run for months.
        if (parameters.TryGetValue(SourceParameter, out var source)
            && !string.Equals(source, AllSources, StringComparison.OrdinalIgnoreCase)
            && (string.IsNullOrWhiteSpace(source) || !etl.Value.Sources.ContainsKey(source)))
        {
            yield return $"{SourceParameter} '{source}' must name a source of {EtlOptions.SectionName}:Sources " +
                $"({string.Join(", ", etl.Value.Sources.Keys.Order(StringComparer.Ordinal))}) or '{AllSources}'.";
        }
    }

    private static string? SourceOf(IReadOnlyDictionary<string, string> parameters) =>
        parameters.TryGetValue(SourceParameter, out var source) && !string.Equals(source, AllSources, StringComparison.OrdinalIgnoreCase)
            ? source
            : null;
}
