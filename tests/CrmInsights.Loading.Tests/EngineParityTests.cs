using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.SqlServer;
using Microsoft.Data.SqlClient;

namespace CrmInsights.Loading.Tests;

/// <summary>
/// The DuckDB and SQL Server paths give the same warehouse content for the same files. SQL Server is the database of
/// ConnectionStrings__Warehouse, as for the live tests: the warehouse is deployed there and its data reset first.
/// </summary>
public class EngineParityTests
{
    private const string Variable = "ConnectionStrings__Warehouse";

    [SkippableFact]
    public async Task Run_SameFilesOnDuckDbAndSqlServer_SameContent()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(connectionString),
            $"The DuckDB/SQL Server parity test needs {Variable}: {Variable} is not set (no SQL Server or Docker engine on this machine).");

        using var duck = new LoadHarness();
        Data.DropDay(duck);
        await duck.RunAsync();

        using var sql = new LoadHarness();
        var engine = new SqlServerWarehouse(connectionString!);
        using (var model = WarehouseModel.LoadEmbedded())
        {
            await engine.EnsureSchemaAsync(model);
            await ResetAsync(connectionString!, model);
        }

        sql.Build(engine);
        Data.DropDay(sql);
        await sql.RunAsync();

        Assert.Equal(await duck.ContentAsync(), await sql.ContentAsync());
    }

    // Same reset as the live tests' fixture: stage, fact and etl tables, and the loaded (non-reference) dimension rows.
    private static async Task ResetAsync(string connectionString, WarehouseModel model)
    {
        await using var connection = new SqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = model.Tables;
        var order = tables.Where(t => t.Schema == "stage")
            .Concat(tables.Where(t => t.Schema == "fact" && t.Name != "ModelFit"))
            .Concat(tables.Where(t => t.FullName == "fact.ModelFit"))
            .Concat(tables.Where(t => t.Schema == "etl" && t.Name != "Batch"))
            .Concat(tables.Where(t => t.FullName == "etl.Batch"))
            .Select(t => $"DELETE FROM [{t.Schema}].[{t.Name}];")
            .Concat(tables.Where(t => t.Schema == "dim" && t.Columns[0].IsIdentity)
                .Select(t => $"DELETE FROM [{t.Schema}].[{t.Name}] WHERE [{t.Columns[0].Name}] <> -1;"));
        foreach (var statement in order)
        {
            // Identifiers come from the model, never from input.
            await using var command = new SqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
