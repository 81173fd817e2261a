using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.Schema;

namespace CrmInsights.Warehouse.Tests.Model;

[Collection(ModelGroup.Name)]
public sealed class WarehouseModelTests(ModelFixture fixture)
{
    [Fact]
    public void Build_EmbeddedSchema_HasZeroErrors()
    {
        Assert.True(fixture.Model.Errors.Count == 0, string.Join(Environment.NewLine, fixture.Model.Errors));
    }

    [Fact]
    public void Build_EmbeddedSchema_HasNoWarnings()
    {
        Assert.True(fixture.Model.Messages.Count == 0, string.Join(Environment.NewLine, fixture.Model.Messages));
    }

    [Fact]
    public void Build_BrokenViews_ListsEverySqlErrorAndDacpacBuildRefuses()
    {
        using var temp = new TempDirectory();
        var scripts = new List<SchemaScript>(SchemaScripts.LoadEmbedded())
        {
            new("schema/mart/Broken.sql", "CREATE VIEW mart.Broken AS SELECT x.NoSuchColumn FROM etl.NoSuchTable AS x;"),
            new("schema/mart/Broken2.sql", "CREATE VIEW mart.Broken2 AS SELECT b.NoSuchColumn FROM etl.Batch AS b;"),
        };
        using var model = WarehouseModel.Build(scripts);

        var ex = Assert.Throws<WarehouseModelException>(() => CrmInsights.Warehouse.Dacpac.DacpacBuilder.Build(model, temp.File("bad.dacpac")));

        Assert.Contains(ex.Errors, e => e.Code.StartsWith("SQL71", StringComparison.Ordinal) && e.Message.Contains("[mart].[Broken]"));
        Assert.Contains(ex.Errors, e => e.Code.StartsWith("SQL71", StringComparison.Ordinal) && e.Message.Contains("[mart].[Broken2]"));
        Assert.Contains("[mart].[Broken2]", ex.Message);
        Assert.False(File.Exists(temp.File("bad.dacpac")));
    }
}
