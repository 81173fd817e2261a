using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.SqlServer;

namespace CrmInsights.Loading.Tests;

/// <summary>The DuckDB and SQL Server paths give the same warehouse content for the same files.</summary>
public class EngineParityTests
{
    private const string Variable = "CRMINSIGHTS_TEST_SQLSERVER";

    [SkippableFact]
    public async Task Run_SameFilesOnDuckDbAndSqlServer_SameContent()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(connectionString),
            $"No SQL Server: set {Variable} to a connection string of an empty database to run the DuckDB/SQL Server parity test (no server or Docker engine on this machine).");

        using var duck = new LoadHarness();
        Data.DropDay(duck);
        await duck.RunAsync();

        using var sql = new LoadHarness();
        var engine = new SqlServerWarehouse(connectionString!);
        using (var model = WarehouseModel.LoadEmbedded())
        {
            await engine.EnsureSchemaAsync(model);
        }

        sql.Build(engine);
        Data.DropDay(sql);
        await sql.RunAsync();

        Assert.Equal(await duck.ContentAsync(), await sql.ContentAsync());
    }
}
