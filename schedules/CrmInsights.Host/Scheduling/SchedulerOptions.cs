using System.Globalization;

namespace CrmInsights.Host.Scheduling;

/// <summary>Configuration section <c>Scheduler</c> (env <c>CRMINSIGHTS_Scheduler__Key</c>).</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>The Quartz scheduler name; nodes sharing one job store (SQL Server, clustered) use the same name.</summary>
    public string SchedulerName { get; set; } = "crm-insights";
    /// <summary>Load the schedules shipped beside the executable (schedules/*.json); the workspace's schedules/*.json are always loaded and replace shipped files of the same name.</summary>
    public bool IncludeBuiltInSchedules { get; set; } = true;
    /// <summary>Business-day holidays (yyyy-MM-dd), excluded when counting "business day N".</summary>
    public IList<string> Holidays { get; } = [];
    /// <summary>On a stop request, how long a running job may go on to finish before it is cancelled (and rolls back).</summary>
    public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>The bound on the whole stop (host shutdown timeout); must exceed <see cref="StopGrace"/>.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>How often the service refreshes its heartbeat file (read by <c>crm-insights health</c>).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>How long a run waits for its job's warehouse lock before recording itself as skipped.</summary>
    public TimeSpan LockWait { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How late a run may finish after its slot before health calls the job stale.</summary>
    public TimeSpan FreshnessGrace { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>At most this many missed slots of one schedule are caught up on start (catchUp "all").</summary>
    public int MaxCatchUpRuns { get; set; } = 12;

    /// <summary>
    /// Where Quartz keeps jobs and triggers: <c>Auto</c> (the warehouse when it is SQL Server, memory on
    /// DuckDB), <c>Memory</c> or <c>Warehouse</c> (SQL Server only: schema quartz, created by the dacpac).
    /// </summary>
    public string Store { get; set; } = SchedulerStoreNames.Auto;
    /// <summary>With the warehouse store: run as a node of a Quartz cluster (every node sharing the warehouse and the SchedulerName).</summary>
    public bool Clustered { get; set; } = true;
    /// <summary>How often a clustered node records that it is alive (quartz.QRTZ_SCHEDULER_STATE).</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>How long past a missed check-in the other nodes wait before recovering a node's jobs.</summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Every problem, naming the key and the bad value; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Range(string key, TimeSpan value, TimeSpan min, TimeSpan max)
        {
            if (value < min || value > max)
            {
                errors.Add($"{SectionName}:{key} must be between {min:c} and {max:c}, was {value:c}.");
            }
        }
        Range(nameof(StopGrace), StopGrace, TimeSpan.Zero, TimeSpan.FromMinutes(10));
        Range(nameof(ShutdownTimeout), ShutdownTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        Range(nameof(HeartbeatInterval), HeartbeatInterval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Range(nameof(LockWait), LockWait, TimeSpan.Zero, TimeSpan.FromHours(1));
        Range(nameof(FreshnessGrace), FreshnessGrace, TimeSpan.Zero, TimeSpan.FromDays(7));
        Range(nameof(ClusterCheckinInterval), ClusterCheckinInterval, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        Range(nameof(ClusterCheckinMisfireThreshold), ClusterCheckinMisfireThreshold, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        if (!SchedulerStoreNames.All.Contains(Store, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"{SectionName}:{nameof(Store)} must be one of {string.Join(", ", SchedulerStoreNames.All)}, was '{Store}'.");
        }
        if (ShutdownTimeout <= StopGrace)
        {
            errors.Add($"{SectionName}:{nameof(ShutdownTimeout)} ({ShutdownTimeout:c}) must exceed {SectionName}:{nameof(StopGrace)} ({StopGrace:c}) so a cancelled job has time to roll back.");
        }
        if (MaxCatchUpRuns is < 1 or > 1000)
        {
            errors.Add($"{SectionName}:{nameof(MaxCatchUpRuns)} must be between 1 and 1000, was {MaxCatchUpRuns}.");
        }
        for (var i = 0; i < Holidays.Count; i++)
        {
            if (!DateOnly.TryParseExact(Holidays[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add($"{SectionName}:{nameof(Holidays)}:{i} '{Holidays[i]}' is not a date in yyyy-MM-dd form.");
            }
        }
        return errors;
    }

    public IReadOnlySet<DateOnly> HolidayDates() =>
        Holidays.Select(h => DateOnly.ParseExact(h, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet();
}
