namespace CrmInsights.Loading.Tests;

/// <summary>
/// On DuckDB the facts the ETL loads carry no unique index (DuckDbDdl.KeyedByLoader): their natural key is the loaders' to
/// keep, and the data check fact_natural_keys_unique is what sees it broken.
/// </summary>
public class NaturalKeyCheckTests
{
    [Fact]
    public async Task Checks_AnOrderLineStoredTwice_FailNaturalKeysUniqueNamingIt()
    {
        using var h = new LoadHarness();
        h.Drop("pos", "stores-2026-05-01.csv", Data.Stores);
        h.Drop("pos", "products-2026-05-01.csv", Data.Products);
        h.Drop("pos", "order_lines-2026-05-01.csv", Data.OrderLines(
            Data.Line("O1", 1, "2026-05-01T10:00:00+01:00", null), Data.Line("O2", 1, "2026-05-01T11:00:00+01:00", null)));
        await h.RunAsync();
        const string Columns = "OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, DiscountAmount, "
            + "TaxAmount, UnitCost, Currency, PaymentType, PointsEarned, PointsRedeemed, BatchId";

        // What a loader that forgot its natural-key delete would leave: the same (order, line) under a second surrogate key.
        await h.RowsAsync($"INSERT INTO fact.SalesLine ({Columns}) SELECT {Columns} FROM fact.SalesLine WHERE OrderId = 'O1'");
        var results = await h.Checks.RunAsync(["pos"]);

        Assert.Equal(3, await h.CountAsync("SELECT COUNT(*) FROM fact.SalesLine"));
        var unique = Assert.Single(results, r => r.Name == "fact_natural_keys_unique");
        Assert.Equal(1, unique.FailedCount);
        Assert.Contains("O1/1", unique.Sample);
    }
}
