using CrmInsights.Host.Scheduling.History;
using CrmInsights.Warehouse.Foundation;
using DuckDB.NET.Data;
using Microsoft.Extensions.Configuration;

namespace CrmInsights.Host.Tests;

/// <summary>A temp workspace with a DuckDB warehouse holding etl.JobRun, and a schedules/ folder.</summary>
internal sealed class TestWorkspace : IDisposable
{
    public TestWorkspace()
    {
        Paths = WorkspacePaths.At(Path.Combine(Path.GetTempPath(), "crmi-host-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(Path.Combine(Paths.Root, "schedules"));
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = JobRunTable.CreateDuckDb;
        command.ExecuteNonQuery();
    }

    public WorkspacePaths Paths { get; }

    public DuckDBConnection Open()
    {
        var connection = new DuckDBConnection($"Data Source={Paths.WarehouseFile}");
        connection.Open();
        return connection;
    }

    public void WriteSchedules(string fileName, string json) =>
        File.WriteAllText(Path.Combine(Paths.Root, "schedules", fileName), json);

    /// <summary>Configuration as the service reads it: no built-in schedules, short timings.</summary>
    public IConfigurationRoot Configuration(params (string Key, string Value)[] extra)
    {
        var values = new Dictionary<string, string?>
        {
            ["Workspace:Root"] = Paths.Root,
            ["Scheduler:IncludeBuiltInSchedules"] = "false",
            ["Scheduler:HeartbeatInterval"] = "00:00:01",
            ["Scheduler:LockWait"] = "00:00:00",
            ["Scheduler:SchedulerName"] = "test-" + Guid.NewGuid().ToString("N"),
        };
        foreach (var (key, value) in extra)
        {
            values[key] = value;
        }
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    public AdoJobHistory History() => new(new WorkspaceWarehouseConnectionFactory(new ConfigurationBuilder().Build(), Paths));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Paths.Root, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still be releasing a file; temp space is reclaimed by the OS.
        }
    }
}
