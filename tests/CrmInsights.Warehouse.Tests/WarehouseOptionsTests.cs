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
        var failures = new WarehouseOptions { BusinessTimeZone = "Mars/Olympus", Currency = "gbp", DuckDbPath = " ", LockTimeoutSeconds = 0 }.Validate();

        Assert.Equal(4, failures.Count);
        Assert.Contains(failures, f => f.Contains("Warehouse:BusinessTimeZone") && f.Contains("Mars/Olympus"));
        Assert.Contains(failures, f => f.Contains("Warehouse:Currency") && f.Contains("gbp"));
        Assert.Contains(failures, f => f.Contains("Warehouse:LockTimeoutSeconds") && f.Contains('0'));
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
