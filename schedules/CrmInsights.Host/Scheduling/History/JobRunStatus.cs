namespace CrmInsights.Host.Scheduling.History;

/// <summary>The values of etl.JobRun.Status.</summary>
public static class JobRunStatus
{
    /// <summary>The attempt is in progress (or the process died: marked interrupted on the next start).</summary>
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    /// <summary>The attempt failed; a later attempt may follow (see Attempt).</summary>
    public const string Failed = "failed";
    /// <summary>Stopped by a stop request; the work rolled back.</summary>
    public const string Cancelled = "cancelled";
    /// <summary>Found still running on start: the process ended without finishing it.</summary>
    public const string Interrupted = "interrupted";
    /// <summary>Not run: another run held the job's warehouse lock.</summary>
    public const string Skipped = "skipped";
}
