using CrmInsights.Host.Commands.Benchmark;
using CrmInsights.TestSupport;
using CrmInsights.Warehouse.Engine;
using Dapper;
using DuckDB.NET.Data;

namespace CrmInsights.Host.Tests;

/// <summary>P1's reference statements on a real DuckDB file (not the benchmark itself): the file list is a parameter.</summary>
public sealed class BenchmarkSqlTests
{
    [Fact]
    public async Task ReadCsvReference_FilesAsListParameter_ReadsEveryFileIncludingOneWithAQuoteInItsPath()
    {
        using var temp = new TempDirectory();
        var first = temp.File("lines-1.csv");
        var second = temp.File("it's-2.csv");
        await File.WriteAllTextAsync(first, "OrderId,Quantity\nO1,1\nO2,2\n");
        await File.WriteAllTextAsync(second, "OrderId,Quantity\nO3,3\n");
        await using var connection = new DuckDBConnection($"Data Source={temp.File("reference.duckdb")}");
        await connection.OpenAsync();

        await connection.ExecuteAsync(EngineCommand.Define(WarehouseEngineKind.DuckDb, BenchmarkSql.ReadCsvReference, null, default, ("files", new List<string> { first, second })));
        await connection.ExecuteAsync(EngineCommand.Define(WarehouseEngineKind.DuckDb, BenchmarkSql.Checkpoint, null, default));
        var rows = await connection.ExecuteScalarAsync<long>(EngineCommand.Define(WarehouseEngineKind.DuckDb, BenchmarkSql.CountReference, null, default));

        Assert.Equal(3, rows);
    }
}
