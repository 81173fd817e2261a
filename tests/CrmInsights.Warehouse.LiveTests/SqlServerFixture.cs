using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.SqlServer;
using Microsoft.Data.SqlClient;
using CrmInsights.Tests.Shared;
using Testcontainers.MsSql;

namespace CrmInsights.Warehouse.LiveTests;

/// <summary>
/// A real SQL Server with the warehouse deployed into a throwaway database: the server named by
/// CRMINSIGHTS_TEST_SQLSERVER when set, else a Testcontainers SQL Server when a Docker engine answers.
/// Otherwise <see cref="SkipReason"/> says why the tests skip. The database's data is reset between tests
/// and the database dropped at the end.
/// </summary>
public sealed class SqlServerFixture : IAsyncLifetime
{
    private const string Image = "mcr.microsoft.com/mssql/server:2022-latest";
    private MsSqlContainer? _container;
    private ThrowawayDatabase? _database;
    private WarehouseModel? _model;
    private SqlServerWarehouse? _engine;

    /// <summary>Why the live tests cannot run here; null when they can.</summary>
    public string? SkipReason { get; private set; }

    public string ConnectionString { get; private set; } = string.Empty;

    public WarehouseModel Model => _model ?? throw new InvalidOperationException(SkipReason);

    public SqlServerWarehouse Engine => _engine ?? throw new InvalidOperationException(SkipReason);

    public async Task InitializeAsync()
    {
        var server = ThrowawayDatabase.ServerFromEnvironment();
        if (server is null)
        {
            var docker = DockerEngine.Unavailable();
            if (docker is not null)
            {
                SkipReason = $"SQL Server live tests need {ThrowawayDatabase.ServerVariable} or a Docker engine: {ThrowawayDatabase.ServerVariable} is not set and {docker}.";
                return;
            }

            _container = new MsSqlBuilder(Image).Build();
            await _container.StartAsync();
            server = _container.GetConnectionString();
        }

        _database = await ThrowawayDatabase.CreateAsync(server);
        var configured = _database.ConnectionString;
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
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

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
