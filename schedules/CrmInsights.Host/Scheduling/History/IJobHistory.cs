namespace CrmInsights.Host.Scheduling.History;

/// <summary>The job-history table (etl.JobRun) that catch-up, <c>status</c> and <c>health</c> read.</summary>
public interface IJobHistory
{
    /// <summary>Records an attempt as running.</summary>
    Task StartAsync(JobRunRecord run, CancellationToken cancellationToken);

    /// <summary>Records how an attempt ended.</summary>
    Task FinishAsync(Guid runId, string status, DateTimeOffset finishedAt, string? message, CancellationToken cancellationToken);

    /// <summary>Marks this node's rows still 'running' as 'interrupted' (the process ended mid-run); returns how many.</summary>
    Task<int> MarkInterruptedAsync(string node, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the job's rows still 'running' as 'interrupted'; returns how many. Called while holding the
    /// job's lock: a row is 'running' only while its run holds that lock, so any such row is a dead node's.
    /// </summary>
    Task<int> MarkAbandonedAsync(string jobName, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Whether some attempt of this slot succeeded.</summary>
    Task<bool> HasSucceededAsync(string jobName, DateTimeOffset scheduledFor, CancellationToken cancellationToken);

    /// <summary>The latest slot with a successful attempt, or null.</summary>
    Task<DateTimeOffset?> LastSucceededSlotAsync(string jobName, CancellationToken cancellationToken);

    /// <summary>The earliest slot ever recorded for the job, or null when it never ran.</summary>
    Task<DateTimeOffset?> FirstSlotAsync(string jobName, CancellationToken cancellationToken);

    /// <summary>The latest attempt of every job.</summary>
    Task<IReadOnlyList<JobRunRecord>> LatestRunsAsync(CancellationToken cancellationToken);

    /// <summary>Every attempt of one job, oldest first.</summary>
    Task<IReadOnlyList<JobRunRecord>> RunsAsync(string jobName, CancellationToken cancellationToken);
}
