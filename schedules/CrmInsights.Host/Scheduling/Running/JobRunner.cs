using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Host.Scheduling.Locking;
using CrmInsights.Host.Scheduling.Work;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Scheduling.Running;

/// <summary>
/// Runs one slot of one schedule: takes the job's warehouse lock, records each attempt in the job
/// history, retries failures with doubling backoff, and on cancellation records the attempt as
/// cancelled (its work rolled back). A slot that already succeeded is recorded as skipped and not run
/// again. Knows nothing of Quartz, so the same path serves catch-up and recovery runs.
/// </summary>
public sealed class JobRunner(
    IServiceScopeFactory scopes,
    IJobHistory history,
    IWarehouseLock warehouseLock,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    ILogger<JobRunner> logger)
{
    /// <summary>The node name written to etl.JobRun.Node.</summary>
    public static string Node { get; } = Environment.MachineName;

    /// <summary>Runs the slot to its end; returns the final status (a <see cref="JobRunStatus"/> value).</summary>
    public async Task<string> RunAsync(ScheduleDefinition schedule, DateTimeOffset scheduledFor, string runKind, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            string status;
            try
            {
                status = await AttemptAsync(schedule, scheduledFor, runKind, attempt, cancellationToken);
            }
            catch (ExpectedFailureException e) when (e.Kind == FailureKind.Environment)
            {
                // The warehouse could not be opened to record the attempt (e.g. an analyst holds the
                // DuckDB file for writing): nothing ran, so it is a failed attempt to retry.
                SchedulerLog.HistoryUnavailable(logger, schedule.Name, scheduledFor, attempt, e.Message);
                status = JobRunStatus.Failed;
            }
            if (status != JobRunStatus.Failed || attempt >= schedule.Retry.MaxAttempts)
            {
                if (status == JobRunStatus.Failed)
                {
                    SchedulerLog.RetriesExhausted(logger, schedule.Name, scheduledFor, attempt);
                }
                return status;
            }
            var backoff = schedule.Retry.BackoffAfter(attempt);
            SchedulerLog.RetryScheduled(logger, schedule.Name, attempt, backoff.TotalSeconds);
            try
            {
                await Task.Delay(backoff, time, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopped while waiting: the failed attempt is recorded; catch-up runs the slot on the next start.
                return JobRunStatus.Failed;
            }
        }
    }

    private async Task<string> AttemptAsync(ScheduleDefinition schedule, DateTimeOffset scheduledFor, string runKind, int attempt, CancellationToken cancellationToken)
    {
        var run = new JobRunRecord(Guid.NewGuid(), schedule.Name, scheduledFor, time.GetUtcNow(), null,
            JobRunStatus.Running, attempt, null, runKind, Node);
        await using var held = await warehouseLock.TryAcquireAsync(schedule.Name, options.Value.LockWait, cancellationToken);
        if (held is null)
        {
            SchedulerLog.LockHeld(logger, schedule.Name, scheduledFor);
            await history.StartAsync(run with { Status = JobRunStatus.Skipped }, CancellationToken.None);
            await history.FinishAsync(run.RunId, JobRunStatus.Skipped, time.GetUtcNow(),
                $"The warehouse lock of '{schedule.Name}' was held by another run for {options.Value.LockWait.TotalSeconds:0.#} s.", CancellationToken.None);
            return JobRunStatus.Skipped;
        }

        // Under the job's lock no other run of the job is alive anywhere, so a row still 'running' is a dead node's.
        if (await history.MarkAbandonedAsync(schedule.Name, time.GetUtcNow(), cancellationToken) is > 0 and var abandoned)
        {
            SchedulerLog.MarkedAbandoned(logger, schedule.Name, abandoned);
        }
        // Checked under the job's lock, which every node takes: a slot runs successfully at most once,
        // whether a cron fire, a misfire, catch-up, a recovery or another node asks for it.
        if (await history.HasSucceededAsync(schedule.Name, scheduledFor, cancellationToken))
        {
            SchedulerLog.AlreadySucceeded(logger, schedule.Name, scheduledFor, runKind);
            await history.StartAsync(run with { Status = JobRunStatus.Skipped }, CancellationToken.None);
            await history.FinishAsync(run.RunId, JobRunStatus.Skipped, time.GetUtcNow(),
                $"Slot {scheduledFor:O} already succeeded; a slot runs successfully at most once, so this {runKind} run did nothing.", CancellationToken.None);
            return JobRunStatus.Skipped;
        }

        await history.StartAsync(run, cancellationToken);
        SchedulerLog.RunStarted(logger, schedule.Name, schedule.Kind, scheduledFor, attempt, runKind);
        string status;
        string? message;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var work = scope.ServiceProvider.GetRequiredKeyedService<IScheduledWork>(schedule.Kind);
            var outcome = await work.RunAsync(schedule, scheduledFor, cancellationToken);
            (status, message) = outcome.Succeeded ? (JobRunStatus.Succeeded, outcome.Message) : (JobRunStatus.Failed, outcome.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            (status, message) = (JobRunStatus.Cancelled, "Stopped by a stop request; the work rolled back.");
        }
        catch (Exception e)
        {
            SchedulerLog.RunThrew(logger, e, schedule.Name, scheduledFor, attempt);
            (status, message) = (JobRunStatus.Failed, $"{e.GetType().Name}: {e.Message}");
        }
        // Recorded whatever happened, even after a stop request: no row is left 'running'.
        await history.FinishAsync(run.RunId, status, time.GetUtcNow(), message, CancellationToken.None);
        SchedulerLog.RunFinished(logger, schedule.Name, scheduledFor, attempt, status, message ?? "");
        return status;
    }
}
