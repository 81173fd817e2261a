using Microsoft.Extensions.Logging;

namespace CrmInsights.Host.Scheduling.Running;

/// <summary>Operator log messages of the scheduler (event ids 7000-7099).</summary>
internal static partial class SchedulerLog
{
    [LoggerMessage(7001, LogLevel.Information, "Run of {Job} ({Kind}) for {ScheduledFor:O} started, attempt {Attempt} ({RunKind})")]
    public static partial void RunStarted(ILogger logger, string job, string kind, DateTimeOffset scheduledFor, int attempt, string runKind);

    [LoggerMessage(7002, LogLevel.Information, "Run of {Job} for {ScheduledFor:O} attempt {Attempt} ended {Status} {Message}")]
    public static partial void RunFinished(ILogger logger, string job, DateTimeOffset scheduledFor, int attempt, string status, string message);

    [LoggerMessage(7003, LogLevel.Error, "Run of {Job} for {ScheduledFor:O} attempt {Attempt} failed with an unexpected error")]
    public static partial void RunThrew(ILogger logger, Exception exception, string job, DateTimeOffset scheduledFor, int attempt);

    [LoggerMessage(7004, LogLevel.Warning, "Retrying {Job} after attempt {Attempt} in {BackoffSeconds} s")]
    public static partial void RetryScheduled(ILogger logger, string job, int attempt, double backoffSeconds);

    [LoggerMessage(7005, LogLevel.Error, "{Job} for {ScheduledFor:O} failed after {Attempts} attempt(s); see etl.JobRun")]
    public static partial void RetriesExhausted(ILogger logger, string job, DateTimeOffset scheduledFor, int attempts);

    [LoggerMessage(7006, LogLevel.Warning, "{Job} for {ScheduledFor:O} skipped: its warehouse lock is held by another run")]
    public static partial void LockHeld(ILogger logger, string job, DateTimeOffset scheduledFor);

    [LoggerMessage(7007, LogLevel.Error, "{Job} for {ScheduledFor:O} attempt {Attempt} not run: {Reason}")]
    public static partial void HistoryUnavailable(ILogger logger, string job, DateTimeOffset scheduledFor, int attempt, string reason);

    [LoggerMessage(7008, LogLevel.Information, "{Job} for {ScheduledFor:O} not run again ({RunKind}): the slot already succeeded")]
    public static partial void AlreadySucceeded(ILogger logger, string job, DateTimeOffset scheduledFor, string runKind);

    [LoggerMessage(7009, LogLevel.Warning, "Marked {Count} unfinished run(s) of {Job} 'interrupted': their node stopped mid-run")]
    public static partial void MarkedAbandoned(ILogger logger, string job, int count);

    [LoggerMessage(7010, LogLevel.Information, "Scheduled {Job} ({Kind}): next fire {NextFire:O}")]
    public static partial void Armed(ILogger logger, string job, string kind, DateTimeOffset? nextFire);

    [LoggerMessage(7011, LogLevel.Warning, "Catching up {Job} for missed slot {ScheduledFor:O}")]
    public static partial void CatchingUp(ILogger logger, string job, DateTimeOffset scheduledFor);

    [LoggerMessage(7012, LogLevel.Warning, "Marked {Count} run(s) left 'running' by the previous process as 'interrupted'")]
    public static partial void MarkedInterrupted(ILogger logger, int count);

    [LoggerMessage(7014, LogLevel.Information, "Quartz job store: {Store}; scheduler {SchedulerName}, instance {InstanceId}")]
    public static partial void StoreSelected(ILogger logger, string store, string schedulerName, string instanceId);

    [LoggerMessage(7015, LogLevel.Warning, "Removed job {Job} from the job store: it is no longer an enabled schedule")]
    public static partial void JobRemoved(ILogger logger, string job);

    [LoggerMessage(7016, LogLevel.Information, "Replaced trigger {Trigger}: its schedule definition changed")]
    public static partial void TriggerReplaced(ILogger logger, string trigger);

    [LoggerMessage(7017, LogLevel.Information, "Catch-up of {Job} for {ScheduledFor:O} is already queued (by another node or an earlier start)")]
    public static partial void CatchUpAlreadyQueued(ILogger logger, string job, DateTimeOffset scheduledFor);

    [LoggerMessage(7013, LogLevel.Information, "Stop requested: running jobs have {GraceSeconds} s to finish before they are cancelled and roll back")]
    public static partial void StopRequested(ILogger logger, double graceSeconds);
}
