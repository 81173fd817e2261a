using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.Tests.Contract;

namespace CrmInsights.Warehouse.LiveTests;

/// <summary>The engine contract suite against a real SQL Server (skipped, with the reason, without one).</summary>
[Collection(SqlServerGroup.Name)]
public sealed class SqlServerWarehouseContractTests(SqlServerFixture fixture) : WarehouseEngineContractTests
{
    protected override WarehouseModel Model => fixture.Model;

    protected override void SkipIfUnavailable() => Skip.If(fixture.SkipReason is not null, fixture.SkipReason);

    protected override async Task<IWarehouseEngine> CreateEngineAsync()
    {
        await fixture.ResetAsync();
        return fixture.Engine;
    }
}
