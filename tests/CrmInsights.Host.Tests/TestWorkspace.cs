using CrmInsights.TestSupport;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Warehouse.Foundation;
using CrmInsights.Warehouse.DuckDb;
using DuckDB.NET.Data;
using Microsoft.Extensions.Configuration;

namespace CrmInsights.Host.Tests;

/// <summary>A temp workspace with a schedules/ folder and (unless asked not to) the DuckDB warehouse created from the schema.</summary>
internal sealed class TestWorkspace : IDisposable
{
    public TestWorkspace(bool withWarehouse = true)
    {
        Paths = WorkspacePaths.At(Path.Combine(Path.GetTempPath(), "crmi-host-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(Path.Combine(Paths.Root, "schedules"));
        if (withWarehouse)
        {
            WarehouseTemplate.CopyTo(Paths.WarehouseFile);
        }
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

    public DuckDbWarehouse Engine() => new(Paths.WarehouseFile);

    public AdoJobHistory History() => new(Engine());

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
