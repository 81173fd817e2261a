using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.Tests.Contract;

namespace CrmInsights.Warehouse.Tests.DuckDb;

[Collection(ModelGroup.Name)]
public sealed class DuckDbWarehouseContractTests(ModelFixture fixture) : WarehouseEngineContractTests, IDisposable
{
    private readonly TempDirectory _temp = new();

    protected override WarehouseModel Model => fixture.Model;

    protected override Task<IWarehouseEngine> CreateEngineAsync()
    {
        // Copy of a file initialised once per run: each test starts from a fresh, current warehouse.
        var path = _temp.File($"wh-{Guid.NewGuid():N}.duckdb");
        File.Copy(fixture.DuckDbTemplatePath, path);
        return Task.FromResult<IWarehouseEngine>(new DuckDbWarehouse(path));
    }

    public void Dispose() => _temp.Dispose();
}
