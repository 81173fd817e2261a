namespace CrmInsights.Loading.Tests;

/// <summary>The generated SCD type 1 statements on a real warehouse: changed members in place, new ones inserted, inferred ones completed.</summary>
public sealed class Scd1DimensionTests
{
    [Fact]
    public async Task Products_OlderRowIgnored_NewerRowUpdatesInPlace_NewSkuInserted()
    {
        using var h = new LoadHarness();
        Data.DropDay(h);
        await h.RunAsync();

        h.Drop("pos", "products-2026-05-02.csv", Data.ProductsHeader + "\nSKU1,Green tea,Grocery,Tea,Acme,1.00,3.00,2025-12-01T00:00:00Z\n");
        await h.RunAsync();
        Assert.Equal(["SKU1|Tea|False"], await h.RowsAsync("SELECT Sku, ProductName, IsInferred FROM dim.Product WHERE Sku = 'SKU1'"));

        h.Drop("pos", "products-2026-05-03.csv", Data.ProductsHeader
            + "\nSKU1,Black tea,Grocery,Tea,Acme,1.00,3.50,2026-02-01T00:00:00Z\nSKU3,Pot,Home,Kitchen,Acme,5.00,15.00,2026-02-01T00:00:00Z\n");
        await h.RunAsync();

        Assert.Equal(["SKU1|Black tea|3.5000", "SKU2|Mug|6.0000", "SKU3|Pot|15.0000"],
            await h.RowsAsync("SELECT Sku, ProductName, CAST(ListPrice AS VARCHAR) FROM dim.Product WHERE Sku LIKE 'SKU%' ORDER BY Sku"));
    }

    [Fact]
    public async Task Stores_ChangedCity_UpdatedInPlaceWithoutANewRow()
    {
        using var h = new LoadHarness();
        Data.DropDay(h);
        await h.RunAsync();
        var before = await h.CountAsync("SELECT COUNT(*) FROM dim.Store");

        h.Drop("pos", "stores-2026-05-02.csv", Data.StoresHeader + "\nS1,High Street,store,Bristol,South West,GB,2020-01-01\n");
        await h.RunAsync();

        Assert.Equal(["S1|Bristol|South West"], await h.RowsAsync("SELECT StoreId, City, Region FROM dim.Store WHERE StoreId = 'S1'"));
        Assert.Equal(before, await h.CountAsync("SELECT COUNT(*) FROM dim.Store"));
    }

    [Fact]
    public async Task Campaigns_InferredFromAnEmailEvent_CompletedByTheCampaignFile()
    {
        using var h = new LoadHarness();
        Data.DropDay(h);
        h.Drop("email", "events-2026-05-02.jsonl", Data.Lines(Data.EmailEvent("E9", "ann@example.com", 1777712400, "delivered", "CMP9")));
        await h.RunAsync();
        Assert.Equal(["CMP9|True"], await h.RowsAsync("SELECT CampaignId, IsInferred FROM dim.Campaign WHERE CampaignId = 'CMP9'"));

        h.Drop("email", "campaigns-2026-05-02.csv", Data.CampaignsHeader + "\nCMP9,June news,Hi,2026-05-02T09:00:00Z,all,50\n");
        await h.RunAsync();

        Assert.Equal(["CMP9|June news|Hi|False"], await h.RowsAsync("SELECT CampaignId, CampaignName, Subject, IsInferred FROM dim.Campaign WHERE CampaignId = 'CMP9'"));
    }
}
