namespace CrmInsights.Host.Scheduling.History;

/// <summary>One row of etl.JobRun: one attempt of one scheduled slot. Times are UTC.</summary>
public sealed record JobRunRecord(
    Guid RunId,
    string JobName,
    DateTimeOffset ScheduledFor,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Status,
    int Attempt,
    string? Error,
    string RunKind,
    string Node);
