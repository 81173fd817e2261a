namespace CrmInsights.Loading.Tests;

public class ScdTests
{
    private static async Task<LoadHarness> WithMastersAsync()
    {
        var h = new LoadHarness();
        h.Drop("pos", "stores-2026-01-01.csv", Data.Stores);
        h.Drop("pos", "products-2026-01-01.csv", Data.Products);
        h.Drop("pos", "customers-2026-01-01.csv", Data.Customers(Data.Customer("C1", "Bronze", "London", "2026-01-01T00:00:00Z", "ann@example.com")));
        await h.RunAsync();
        return h;
    }

    [Fact]
    public async Task Load_TrackedAttributeChanges_ClosesVersionAndOpensNew()
    {
        using var h = await WithMastersAsync();
        h.Drop("pos", "customers-2026-03-01.csv", Data.Customers(Data.Customer("C1", "Gold", "London", "2026-03-01T00:00:00Z", "ann@example.com")));
        await h.RunAsync();

        Assert.Equal(
            ["Bronze|1900-01-01 00:00:00|2026-03-01 00:00:00|False", "Gold|2026-03-01 00:00:00|9999-12-31 00:00:00|True"],
            await h.RowsAsync("SELECT LoyaltyTier, CAST(ValidFromUtc AS VARCHAR), CAST(ValidToUtc AS VARCHAR), IsCurrent FROM dim.Customer WHERE CustomerId = 'C1' ORDER BY ValidFromUtc"));
    }

    [Fact]
    public async Task Load_UntrackedAttributeChanges_CorrectsEveryVersionInPlace()
    {
        using var h = await WithMastersAsync();
        h.Drop("pos", "customers-2026-03-01.csv", Data.Customers(Data.Customer("C1", "Gold", "London", "2026-03-01T00:00:00Z", "ann@example.com")));
        await h.RunAsync();
        h.Drop("pos", "customers-2026-04-01.csv", Data.Customers(Data.Customer("C1", "Gold", "London", "2026-04-01T00:00:00Z", "ann@example.com", lastName: "Jones")));
        await h.RunAsync();

        Assert.Equal(["Jones|Bronze", "Jones|Gold"], await h.RowsAsync("SELECT LastName, LoyaltyTier FROM dim.Customer WHERE CustomerId = 'C1' ORDER BY ValidFromUtc"));
    }

    [Fact]
    public async Task Load_OlderRecordAfterNewer_InsertedBetweenItsNeighboursWithoutItsStaleType1()
    {
        using var h = await WithMastersAsync();
        h.Drop("pos", "customers-2026-03-01.csv", Data.Customers(Data.Customer("C1", "Gold", "Leeds", "2026-03-01T00:00:00Z")));
        await h.RunAsync();
        h.Drop("pos", "customers-2026-02-01.csv", Data.Customers(Data.Customer("C1", "Silver", "York", "2026-02-01T00:00:00Z", lastName: "Old")));
        await h.RunAsync();

        Assert.Equal(
            ["Bronze|London|Smith|1900-01-01 00:00:00|2026-02-01 00:00:00|False", "Silver|York|Smith|2026-02-01 00:00:00|2026-03-01 00:00:00|False",
             "Gold|Leeds|Smith|2026-03-01 00:00:00|9999-12-31 00:00:00|True"],
            await h.RowsAsync(History("LoyaltyTier, City, LastName")));
    }

    [Fact]
    public async Task Load_OrdersAroundAChange_FindTheVersionValidWhenPlaced()
    {
        using var h = await WithMastersAsync();
        h.Drop("pos", "customers-2026-03-01.csv", Data.Customers(Data.Customer("C1", "Gold", "London", "2026-03-01T00:00:00Z")));
        h.Drop("pos", "order_lines-2026-03-01.csv", Data.OrderLines(
            Data.Line("O1", 1, "2026-02-28T23:59:00+00:00", "C1"),
            Data.Line("O2", 1, "2026-03-01T00:00:00+00:00", "C1"),
            Data.Line("O3", 1, "2025-06-01T12:00:00+01:00", "C1")));
        await h.RunAsync();

        Assert.Equal(
            ["O1|Bronze", "O2|Gold", "O3|Bronze"],
            await h.RowsAsync("SELECT f.OrderId, c.LoyaltyTier FROM fact.SalesLine f JOIN dim.Customer c ON c.CustomerKey = f.CustomerKey ORDER BY f.OrderId"));
    }

    [Fact]
    public async Task Load_FactForUnseenCustomer_CreatesInferredMemberCompletedInPlaceLater()
    {
        using var h = await WithMastersAsync();
        h.Drop("pos", "order_lines-2026-02-01.csv", Data.OrderLines(Data.Line("O1", 1, "2026-02-01T10:00:00+00:00", "C9")));
        await h.RunAsync();
        var inferred = await h.RowsAsync("SELECT CustomerKey, IsInferred, LoyaltyTier FROM dim.Customer WHERE CustomerId = 'C9'");
        Assert.Equal("True|∅", Assert.Single(inferred)[(inferred[0].IndexOf('|') + 1)..]);

        h.Drop("pos", "customers-2026-02-05.csv", Data.Customers(Data.Customer("C9", "Silver", "York", "2026-02-05T00:00:00Z")));
        await h.RunAsync();

        var completed = Assert.Single(await h.RowsAsync("SELECT CustomerKey, IsInferred, LoyaltyTier, City, CAST(ValidFromUtc AS VARCHAR) FROM dim.Customer WHERE CustomerId = 'C9'"));
        Assert.Equal(inferred[0].Split('|')[0] + "|False|Silver|York|1900-01-01 00:00:00", completed);
        Assert.Equal(inferred[0].Split('|')[0], Assert.Single(await h.RowsAsync("SELECT CustomerKey FROM fact.SalesLine")));
    }

    [Fact]
    public async Task Load_AnonymousOrder_GoesToUnknownMember()
    {
        using var h = await WithMastersAsync();
        h.Drop("pos", "order_lines-2026-02-01.csv", Data.OrderLines(Data.Line("O1", 1, "2026-02-01T10:00:00+00:00", null)));
        await h.RunAsync();

        Assert.Equal(["-1"], await h.RowsAsync("SELECT CustomerKey FROM fact.SalesLine"));
    }

    private static string History(string columns) =>
        $"SELECT {columns}, CAST(ValidFromUtc AS VARCHAR), CAST(ValidToUtc AS VARCHAR), IsCurrent FROM dim.Customer WHERE CustomerId = 'C1' ORDER BY ValidFromUtc";

    // The type-1 dimensions' statements are generated from their column lists (Scd1Dimension): a changed attribute updates in
    // place, an unchanged row is not touched, an older product row does not overwrite a newer one, a new key is inserted.
    [Fact]
    public async Task Load_Type1Dimensions_UpdateChangedInPlace_KeepNewerProduct_InsertNew()
    {
        using var h = await WithMastersAsync();
        var firstBatch = await h.RowsAsync("SELECT CAST(BatchId AS VARCHAR) FROM dim.Store WHERE StoreId = 'WEB'");
        h.Drop("pos", "stores-2026-02-01.csv", Data.StoresHeader + "\nS1,High Street,store,Leeds,Yorkshire,GB,2020-01-01\nWEB,Web shop,online,,,GB,2020-01-01\nS2,Market,store,York,,GB,\n");
        h.Drop("pos", "products-2026-02-01.csv", Data.ProductsHeader
            + "\nSKU1,Tea (old name),Grocery,Tea,Acme,1.00,3.00,2025-12-01T00:00:00Z\nSKU2,Mug,Home,Kitchen,Acme,2.50,6.50,2026-02-01T00:00:00Z\n");
        await h.RunAsync();

        Assert.Equal(["S1|Leeds|Yorkshire", "S2|York|∅", "WEB|∅|∅"], await h.RowsAsync("SELECT StoreId, City, Region FROM dim.Store WHERE StoreId <> 'UNKNOWN' ORDER BY StoreId"));
        Assert.Equal(firstBatch, await h.RowsAsync("SELECT CAST(BatchId AS VARCHAR) FROM dim.Store WHERE StoreId = 'WEB'"));
        Assert.Equal(["SKU1|Tea|3.0000", "SKU2|Mug|6.5000"], await h.RowsAsync("SELECT Sku, ProductName, CAST(ListPrice AS VARCHAR) FROM dim.Product WHERE Sku <> 'UNKNOWN' ORDER BY Sku"));
    }
}
