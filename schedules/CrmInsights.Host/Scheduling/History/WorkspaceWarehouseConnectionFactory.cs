using System.Data.Common;
using CrmInsights.Warehouse.Foundation;
using DuckDB.NET.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;

namespace CrmInsights.Host.Scheduling.History;

/// <summary>
/// SQL Server when <c>ConnectionStrings:Warehouse</c> is set, otherwise the workspace's
/// <c>warehouse.duckdb</c>. (The integrator may replace this with the warehouse engine's own factory.)
/// </summary>
public sealed class WorkspaceWarehouseConnectionFactory(IConfiguration configuration, WorkspacePaths workspace) : IWarehouseConnectionFactory
{
    private readonly string? _sqlServer = configuration.GetConnectionString("Warehouse") is { Length: > 0 } cs ? cs : null;

    public bool IsDuckDb => _sqlServer is null;

    public string Description => IsDuckDb ? workspace.WarehouseFile : "SQL Server (ConnectionStrings:Warehouse)";

    public DbConnection Create() =>
        _sqlServer is { } cs ? new SqlConnection(cs) : new DuckDBConnection($"Data Source={workspace.WarehouseFile}");
}
