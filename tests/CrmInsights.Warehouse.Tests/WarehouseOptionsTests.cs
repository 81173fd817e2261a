using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Engine;

namespace CrmInsights.Warehouse.Tests;

public sealed class WarehouseOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValid()
    {
        Assert.Empty(new WarehouseOptions().Validate());
    }

    [Fact]
    public void Validate_EveryBadValue_IsListedWithKeyAndValue()
    {
        var failures = new WarehouseOptions { BusinessTimeZone = "Mars/Olympus", Currency = "gbp", DuckDbPath = " ", LockTimeoutSeconds = 0, DuckDbMemoryLimit = "1GB'; DROP TABLE x; --" }.Validate();

        Assert.Equal(5, failures.Count);
        Assert.Contains(failures, f => f.Contains("Warehouse:DuckDbMemoryLimit") && f.Contains("DROP TABLE"));
        Assert.Contains(failures, f => f.Contains("Warehouse:BusinessTimeZone") && f.Contains("Mars/Olympus"));
        Assert.Contains(failures, f => f.Contains("Warehouse:Currency") && f.Contains("gbp"));
        Assert.Contains(failures, f => f.Contains("Warehouse:LockTimeoutSeconds") && f.Contains('0'));
    }

    [Theory]
    [InlineData("512MB")]
    [InlineData(null)]
    [InlineData("2 GB")]
    [InlineData("1.5GiB")]
    [InlineData("25%")]
    public void Validate_DuckDbMemoryLimit_SizesSharesAndUnsetAccepted(string? limit)
    {
        Assert.Empty(new WarehouseOptions { DuckDbMemoryLimit = limit }.Validate());
    }

    [Fact]
    public async Task DuckDb_Connection_CarriesTheConfiguredMemoryLimit()
    {
        var folder = Directory.CreateTempSubdirectory("crm-memory-limit-").FullName;
        try
        {
            var engine = WarehouseEngineFactory.Create(null, new WarehouseOptions { DuckDbMemoryLimit = "300MB" }, folder);
            await using var connection = await engine.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT current_setting('memory_limit')";

            // DuckDB reports the limit in binary units: 300 MB = 286.1 MiB.
            Assert.Equal("286.1 MiB", await command.ExecuteScalarAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task DuckDb_TransactionOutOfItsMemory_FailsNamingTheSetting()
    {
        var folder = Directory.CreateTempSubdirectory("crm-memory-limit-").FullName;
        try
        {
            var engine = WarehouseEngineFactory.Create(null, new WarehouseOptions { DuckDbMemoryLimit = "20MB" }, folder);

            // A string built of five million numbers cannot spill: DuckDB gives up at the limit.
            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => engine.RunInTransactionAsync(async (c, t, ct) =>
            {
                await using var command = c.CreateCommand();
                command.Transaction = t;
                command.CommandText = "SELECT length(string_agg(CAST(i AS VARCHAR), ',')) FROM range(5000000) AS r(i)";
                return await command.ExecuteScalarAsync(ct);
            }));

            Assert.Contains("Out of Memory", ex.Message, StringComparison.Ordinal);
            Assert.Contains("Warehouse:DuckDbMemoryLimit is '20MB'", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Factory_ConnectionString_SelectsSqlServerElseDuckDbInWorkspace()
    {
        var duck = WarehouseEngineFactory.Create(null, new WarehouseOptions(), "/tmp/ws");
        var sql = WarehouseEngineFactory.Create("Server=localhost;Database=Crm;User ID=sa;Password=x;TrustServerCertificate=true", new WarehouseOptions(), "/tmp/ws");

        Assert.Equal(WarehouseEngineKind.DuckDb, duck.Kind);
        Assert.Equal("/tmp/ws/warehouse.duckdb", ((DuckDbWarehouse)duck).DatabasePath);
        Assert.Equal(WarehouseEngineKind.SqlServer, sql.Kind);
        Assert.DoesNotContain("Password", sql.Description, StringComparison.OrdinalIgnoreCase);
    }
}
