using System.Collections.Concurrent;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.Work;

namespace CrmInsights.Host.Tests;

/// <summary>What test work saw: one entry per attempt with its start and end stamps.</summary>
internal sealed class WorkLog
{
    public ConcurrentQueue<(string Job, DateTimeOffset ScheduledFor, DateTime Start, DateTime End, string Result)> Entries { get; } = new();

    /// <summary>How long each attempt takes (observing cancellation).</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.Zero;

    /// <summary>Attempts that fail before one succeeds (per job and slot).</summary>
    public int FailuresBeforeSuccess { get; set; }

    public ConcurrentDictionary<string, int> Attempts { get; } = new();

    public int Count(string job) => Entries.Count(e => e.Job == job);
}

/// <summary>Test double for a job kind: waits <see cref="WorkLog.Duration"/>, fails as told, records stamps.</summary>
internal sealed class RecordingWork(WorkLog log) : IScheduledWork
{
    public async Task<WorkOutcome> RunAsync(ScheduleDefinition schedule, DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        var start = DateTime.UtcNow;
        var attempt = log.Attempts.AddOrUpdate($"{schedule.Name}@{scheduledFor:O}", 1, (_, n) => n + 1);
        try
        {
            await Task.Delay(log.Duration, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            log.Entries.Enqueue((schedule.Name, scheduledFor, start, DateTime.UtcNow, "cancelled"));
            throw;
        }
        var ok = attempt > log.FailuresBeforeSuccess;
        log.Entries.Enqueue((schedule.Name, scheduledFor, start, DateTime.UtcNow, ok ? "ok" : "failed"));
        return ok ? WorkOutcome.Success() : WorkOutcome.Failed($"planned failure {attempt}");
    }
}
