using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.SqlServer;
using Microsoft.Data.SqlClient;
using Testcontainers.MsSql;

namespace CrmInsights.Warehouse.LiveTests;

/// <summary>
/// A real SQL Server with the warehouse deployed: ConnectionStrings__Warehouse when set (its
/// database is deployed to and its data reset between tests), else a Testcontainers SQL Server
/// when a Docker engine answers. Otherwise <see cref="SkipReason"/> says why the tests skip.
/// </summary>
public sealed class SqlServerFixture : IAsyncLifetime
{
    private const string Image = "mcr.microsoft.com/mssql/server:2022-latest";
    private MsSqlContainer? _container;
    private WarehouseModel? _model;
    private SqlServerWarehouse? _engine;

    /// <summary>Why the live tests cannot run here; null when they can.</summary>
    public string? SkipReason { get; private set; }

    public string ConnectionString { get; private set; } = string.Empty;

    public WarehouseModel Model => _model ?? throw new InvalidOperationException(SkipReason);

    public SqlServerWarehouse Engine => _engine ?? throw new InvalidOperationException(SkipReason);

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Warehouse");
        if (string.IsNullOrWhiteSpace(configured))
        {
            var docker = DockerEngine.Unavailable();
            if (docker is not null)
            {
                SkipReason = $"SQL Server live tests need ConnectionStrings__Warehouse or a Docker engine: ConnectionStrings__Warehouse is not set and {docker}.";
                return;
            }

            _container = new MsSqlBuilder(Image).Build();
            await _container.StartAsync();
            configured = new SqlConnectionStringBuilder(_container.GetConnectionString()) { InitialCatalog = "CrmInsightsLive" }.ConnectionString;
        }

        ConnectionString = configured;
        _model = WarehouseModel.LoadEmbedded();
        _engine = new SqlServerWarehouse(configured);
        await _engine.EnsureSchemaAsync(_model);
    }

    /// <summary>Empties stage, fact and etl tables and non-reference dimension rows, so each test starts clean.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new SqlConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = Model.Tables;
        var order = tables.Where(t => t.Schema == "stage")
            .Concat(tables.Where(t => t.Schema == "fact" && t.Name != "ModelFit"))
            .Concat(tables.Where(t => t.FullName == "fact.ModelFit"))
            .Concat(tables.Where(t => t.Schema == "etl" && t.Name != "Batch"))
            .Concat(tables.Where(t => t.FullName == "etl.Batch"));
        foreach (var table in order)
        {
            // Identifiers come from the model, never from input.
            await using var command = new SqlCommand($"DELETE FROM [{table.Schema}].[{table.Name}];", connection);
            await command.ExecuteNonQueryAsync();
        }

        foreach (var table in tables.Where(t => t.Schema == "dim" && t.Columns[0].IsIdentity))
        {
            await using var command = new SqlCommand($"DELETE FROM [{table.Schema}].[{table.Name}] WHERE [{table.Columns[0].Name}] <> -1;", connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    public async Task DisposeAsync()
    {
        _model?.Dispose();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SqlServerGroup : ICollectionFixture<SqlServerFixture>
{
    public const string Name = "SqlServer";
}
