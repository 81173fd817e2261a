using CrmInsights.Warehouse.Engine;

namespace CrmInsights.Warehouse.Tests.Engine;

public sealed class StageColumnsTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Stage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PosStore"] = ["BatchId", "RowNumber", "StoreId", "StoreName"],
    };

    [Fact]
    public void Resolve_DifferentCase_ReturnsModelSpelling()
    {
        var (table, columns) = StageColumns.Resolve(Stage, "posstore", ["storeid", "BATCHID"]);

        Assert.Equal("PosStore", table);
        Assert.Equal(["StoreId", "BatchId"], columns);
    }

    [Fact]
    public void Resolve_DuplicateColumn_Throws()
    {
        Assert.Throws<ArgumentException>(() => StageColumns.Resolve(Stage, "PosStore", ["StoreId", "storeid"]));
    }
}
