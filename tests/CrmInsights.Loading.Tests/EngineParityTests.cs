using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.SqlServer;
using CrmInsights.Tests.Shared;

namespace CrmInsights.Loading.Tests;

/// <summary>
/// The DuckDB and SQL Server paths give the same warehouse content for the same files. SQL Server is a
/// throwaway database on the server named by CRMINSIGHTS_TEST_SQLSERVER, as for the live tests.
/// </summary>
public class EngineParityTests
{
    [SkippableFact]
    public async Task Run_SameFilesOnDuckDbAndSqlServer_SameContent()
    {
        var server = ThrowawayDatabase.ServerFromEnvironment();
        Skip.If(server is null,
            $"The DuckDB/SQL Server parity test needs {ThrowawayDatabase.ServerVariable}: it is not set (no SQL Server on this machine).");

        using var duck = new LoadHarness();
        Data.DropDay(duck);
        await duck.RunAsync();

        await using var database = await ThrowawayDatabase.CreateAsync(server!);
        using var sql = new LoadHarness();
        var engine = new SqlServerWarehouse(database.ConnectionString);
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
