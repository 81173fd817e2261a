using CrmInsights.Etl.Landing;
using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Tests;

public class LakeTests
{
    private const string Header = "order_id,line_number,ordered_at,store_id,customer_id,sku,quantity,unit_price,discount_amount,tax_amount,currency,unit_cost,payment_type,loyalty_points_earned,loyalty_points_redeemed";

    [Fact]
    public async Task Extract_ManyRows_LandsRowGroupsAndRoundTripsExactly()
    {
        using var ws = new TestWorkspace();
        ws.Options.RowGroupSize = 100;
        var lines = Enumerable.Range(1, 250).Select(i =>
            $"O{i / 3},{i % 3 + 1},2026-05-01T10:{i % 60:00}:00.123456+02:00,S{i % 4},{(i % 5 == 0 ? "" : "C" + i)},SKU{i},{i % 7 - 3},{i}.1234,{Signed(i % 7 - 3, "0.5")},{Signed(i % 7 - 3, $"{i % 3}.25")},GBP,1.0001,card,{i},0");
        var progress = new List<Extraction.ExtractProgress>();
        var file = ws.Drop("pos", "order_lines-2026-05-01.csv", Header + "\n" + string.Join("\n", lines) + "\n");
        var batch = await ws.Extractor.ExtractAsync(file, new SyncProgress<Extraction.ExtractProgress>(progress.Add));

        Assert.Equal(250, batch.RowsAccepted);
        Assert.Equal(Path.Combine(ws.Root, "lake", "pos", "order_lines", "2026-05-02", batch.Identity.ContentHash + ".parquet"), batch.LandedPath);
        Assert.Equal(64, batch.Identity.ContentHash.Length);
        Assert.True(progress[^1].Completed);
        Assert.Equal(250, progress[^1].RowsRead);

        var rows = await TestWorkspace.ReadAllAsync<OrderLineRecord>(batch);
        Assert.Equal(250, rows.Count);
        var r = rows[9]; // i = 10
        Assert.Equal(new OrderLineRecord
        {
            SourceRow = 10, OrderId = "O3", LineNumber = 2, OrderedAt = new DateTimeOffset(2026, 5, 1, 8, 10, 0, TimeSpan.Zero).AddTicks(1234560),
            StoreId = "S2", CustomerId = null, Sku = "SKU10", Quantity = 0, UnitPrice = 10.1234m, DiscountAmount = 0m, TaxAmount = 0m,
            Currency = "GBP", UnitCost = 1.0001m, PaymentType = "card", LoyaltyPointsEarned = 10, LoyaltyPointsRedeemed = 0,
        }, r);
        var untyped = await LakeReader.ReadAsync(EntityKind.OrderLines, batch.LandedPath).ToListAsync();
        Assert.Equal(rows, untyped.Cast<OrderLineRecord>());
    }

    [Fact]
    public async Task Extract_ParquetInboxFile_ReadByRowGroups()
    {
        using var ws = new TestWorkspace();
        ws.Options.RowGroupSize = 2;
        var csv = "customer_id,email,signup_date,marketing_opt_in,updated_at\nC1,a@x.com,2025-01-01,yes,2026-05-01T10:00:00Z\nC2,,2025-01-02,0,2026-05-01T11:00:00+01:00\nC3,,2025-01-03,,2026-05-01T12:00:00Z\n";
        var landed = await ws.ExtractAsync("pos", "customers-2026-05-01.csv", csv);

        var parquet = ws.DropBytes("pos", "customers-2026-05-02.parquet", File.ReadAllBytes(landed.LandedPath));
        var again = await ws.Extractor.ExtractAsync(parquet);

        Assert.True(again.RowsRejected == 0, string.Join("; ", again.Rejects.Select(r => r.Message)));
        Assert.Equal((3L, 3L), (again.RowsRead, again.RowsAccepted));
        var a = await TestWorkspace.ReadAllAsync<CustomerRecord>(landed);
        var b = await TestWorkspace.ReadAllAsync<CustomerRecord>(again);
        Assert.Equal(a, b);
        Assert.Equal([true, false, null], b.Select(x => x.MarketingOptIn));
    }

    [Fact]
    public async Task Extract_SameFileTwice_SameIdentityAndLandedFile()
    {
        using var ws = new TestWorkspace();
        var text = "store_id,name,channel\nS1,Main,STORE\nS2,Web,online\n";
        var one = await ws.ExtractAsync("pos", "stores-2026-05-01.csv", text);
        ws.Disposition.Archive(one.File!);
        var two = await ws.ExtractAsync("pos", "stores-2026-05-01.csv", text);

        Assert.Equal(one.Identity, two.Identity);
        Assert.Equal(one.LandedPath, two.LandedPath);
        Assert.Equal("store", (await TestWorkspace.ReadAllAsync<StoreRecord>(two))[0].Channel);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(one.LandedPath)!));
    }

    [Fact]
    public void LakeSchemas_EveryEntity_HasSourceRowAndCanonicalColumns()
    {
        foreach (var entity in EntityCatalog.All)
        {
            var names = LakeSchemas.For(entity.Kind).Schema.GetDataFields().Select(f => f.Name).ToArray();
            Assert.Equal(["source_row", .. entity.Fields.Select(f => f.Name)], names);
        }
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    /// <summary>An amount with the quantity's sign (a return's discount and tax are negative; a 0-quantity line carries 0).</summary>
    private static string Signed(int quantity, string amount) => quantity == 0 ? "0" : quantity < 0 ? "-" + amount : amount;
}
