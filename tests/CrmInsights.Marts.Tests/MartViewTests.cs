using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.Marts.Tests;

public sealed class MartViewTests
{
    [Fact]
    public async Task EnsureSchema_EmptyWarehouse_EveryMartViewRuns()
    {
        using var temp = new TempDirectory();
        using var model = WarehouseModel.Build(CrmInsights.Warehouse.Schema.SchemaScripts.LoadEmbedded());
        Assert.True(model.Messages.Count == 0, string.Join(Environment.NewLine, model.Messages));
        var engine = new DuckDbWarehouse(temp.File("w.duckdb"));
        var report = await engine.EnsureSchemaAsync(model);
        Assert.Contains("mart.Loyalty", report.ViewsCreated);
    }
}
