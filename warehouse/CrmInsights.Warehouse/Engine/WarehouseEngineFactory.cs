using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.SqlServer;
using Microsoft.Extensions.Logging;

namespace CrmInsights.Warehouse.Engine;

/// <summary>Chooses the engine: a Warehouse connection string selects SQL Server, otherwise the workspace's DuckDB file.</summary>
public static class WarehouseEngineFactory
{
    /// <summary>Creates the configured engine.</summary>
    /// <param name="connectionString">ConnectionStrings:Warehouse (null or blank = DuckDB).</param>
    /// <param name="options">Validated warehouse options.</param>
    /// <param name="workspace">The workspace folder (relative DuckDB paths are under it).</param>
    /// <param name="loggerFactory">Logging for the engine (optional).</param>
    public static IWarehouseEngine Create(string? connectionString, WarehouseOptions options, string workspace, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(workspace);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new SqlServerWarehouse(connectionString, options.AllowDataLoss, loggerFactory?.CreateLogger<SqlServerWarehouse>());
        }

        return new DuckDbWarehouse(Path.Combine(Path.GetFullPath(workspace), options.DuckDbPath), loggerFactory?.CreateLogger<DuckDbWarehouse>(), memoryLimit: options.DuckDbMemoryLimit);
    }
}
