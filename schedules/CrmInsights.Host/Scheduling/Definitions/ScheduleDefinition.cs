namespace CrmInsights.Host.Scheduling.Definitions;

/// <summary>
/// One schedule as read from a <c>schedules/*.json</c> file: what runs (<see cref="Kind"/> and
/// <see cref="Parameters"/>), when (a Quartz cron with seconds, or business day N of the month at a
/// time of day, in an IANA time zone), how failures are retried and how missed slots are caught up.
/// </summary>
public sealed record ScheduleDefinition
{
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
    /// <summary>Quartz cron expression with seconds, e.g. <c>0 0/15 * * * ?</c>; null for business-day schedules.</summary>
    public string? Cron { get; init; }
    /// <summary>Business day N (Mon-Fri, holidays excluded) of each month; null for cron schedules.</summary>
    public int? BusinessDayOfMonth { get; init; }
    /// <summary>Local time of day of a business-day schedule.</summary>
    public TimeOnly? TimeOfDay { get; init; }
    public required TimeZoneInfo TimeZone { get; init; }
    public RetrySettings Retry { get; init; } = RetrySettings.Default;
    public CatchUpMode CatchUp { get; init; } = CatchUpMode.Latest;
    /// <summary>Slots before this instant are never caught up; without it, slots before the job's first recorded run are not.</summary>
    public DateTimeOffset? CatchUpSince { get; init; }
    public bool Enabled { get; init; } = true;
    /// <summary>Where the definition came from, for messages: file and array index.</summary>
    public string Origin { get; init; } = "";
}
