using CrmInsights.Analytics.Snapshot;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Scheduling.Work;

/// <summary>
/// Job kind <c>snapshot</c>: derives fact.CustomerMonth for the months touched since the last derive,
/// under the warehouse lock (so it never interleaves with an ETL run). The CLV model refit is part of
/// every derive that rebuilds months (<see cref="SnapshotDeriver.DeriveAsync"/> fits BG/NBD + Gamma-Gamma
/// and stores the fit), so there is no separate refit switch. Parameter <c>full</c> (true|false, default
/// false) rebuilds every month. Idempotent: a re-run without new batches changes nothing. The lock not
/// coming free in Warehouse:LockTimeoutSeconds is a failed attempt (retried).
/// </summary>
public sealed class SnapshotWork(SnapshotDeriver deriver, IOptions<WarehouseOptions> warehouseOptions) : IScheduledWork
{
    public const string FullParameter = "full";

    public async Task<WorkOutcome> RunAsync(ScheduleDefinition schedule, DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var full = schedule.Parameters.TryGetValue(FullParameter, out var text) && bool.Parse(text);
        try
        {
            var result = await deriver.DeriveUnderLockAsync(warehouseOptions.Value, full, cancellationToken);
            return WorkOutcome.Success(Describe(result));
        }
        catch (ExpectedFailureException ex) when (ex.Kind == FailureKind.Environment)
        {
            return WorkOutcome.Failed(ex.Message); // the lock stayed held: a failed attempt, retried
        }
    }

    public IEnumerable<string> ValidateParameters(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var key in parameters.Keys.Where(k => k != FullParameter))
        {
            yield return $"'{key}' is not a snapshot parameter (known: {FullParameter}; the CLV refit is part of every derive).";
        }
        if (parameters.TryGetValue(FullParameter, out var text) && !bool.TryParse(text, out _))
        {
            yield return $"{FullParameter} '{text}' must be true or false.";
        }
    }

    /// <summary>One line for history and the console.</summary>
    public static string Describe(SnapshotResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.FromMonth is null
            ? $"snapshot: {result.Reason}"
            : $"snapshot {result.FromMonth}..{result.ToMonth}: {result.Rows} customer-month rows ({result.Reason}); " +
              (result.ModelFitKey is { } key ? $"CLV fit {key}" : "no usable CLV model for the last month (see fact.ModelFit.FitNote)") +
              (result.Fits is { } f ? $"; monthly CLV fits: {f.Fitted} fitted, {f.Fallback} kept an earlier valid model, {f.Incomplete} incomplete" : "");
    }
}
