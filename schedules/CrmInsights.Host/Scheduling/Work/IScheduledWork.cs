using CrmInsights.Host.Scheduling.Definitions;

namespace CrmInsights.Host.Scheduling.Work;

/// <summary>
/// The actual work behind a scheduled job kind (etl, snapshot, report, probe). The scheduler
/// handles timing, overlap, locking, retries and history; an implementation only does its work
/// for the slot it is given.
/// </summary>
/// <remarks>
/// Contract: <see cref="RunAsync"/> is called once per attempt, never concurrently for the same
/// schedule. It must observe <paramref name="cancellationToken"/> (a service stop or a stop grace
/// running out) and then leave the warehouse as if the attempt never started (roll back) and throw
/// <see cref="OperationCanceledException"/>. Return <see cref="WorkOutcome.Failed"/> (or throw) for
/// a failure worth retrying; the slot (<paramref name="scheduledFor"/>, UTC) identifies the period,
/// so a re-run for the same slot must be idempotent (report packs: the delivery log sends each
/// period once). Register with <c>services.AddScheduledWork&lt;T&gt;("kind")</c>.
/// </remarks>
public interface IScheduledWork
{
    Task<WorkOutcome> RunAsync(ScheduleDefinition schedule, DateTimeOffset scheduledFor, CancellationToken cancellationToken);

    /// <summary>Problems with a schedule's parameters, each naming the key and value; empty when they are fine.</summary>
    IEnumerable<string> ValidateParameters(IReadOnlyDictionary<string, string> parameters) => [];
}
