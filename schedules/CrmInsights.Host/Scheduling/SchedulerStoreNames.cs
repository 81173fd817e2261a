namespace CrmInsights.Host.Scheduling;

/// <summary>The values of <see cref="SchedulerOptions.Store"/>.</summary>
public static class SchedulerStoreNames
{
    /// <summary>The warehouse when it is SQL Server, memory on DuckDB.</summary>
    public const string Auto = "Auto";
    /// <summary>Quartz's in-memory store: the job history and delivery log give catch-up across restarts.</summary>
    public const string Memory = "Memory";
    /// <summary>Quartz's ADO.NET job store in the SQL Server warehouse (schema quartz), clustered unless turned off.</summary>
    public const string Warehouse = "Warehouse";

    public static IReadOnlyList<string> All { get; } = [Auto, Memory, Warehouse];
}
