using CrmInsights.Etl.Landing;
using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;
using CrmInsights.TestSupport;

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

    // The lake layout every earlier version wrote, column by column: the derived schemas must keep it, or lake files already
    // landed (replay, reprocess) would no longer read. A field added later is appended (surveys' loyalty_id) and reads as
    // NULL from older files.
    [Theory]
    [InlineData(EntityKind.Customers, "source_row:Long customer_id:Text loyalty_id:Text email:Text phone:Text first_name:Text last_name:Text birth_date:Date gender:Text postal_code:Text city:Text region:Text country:Text signup_date:Date loyalty_tier:Text marketing_opt_in:Bool acquisition_channel:Text updated_at:Timestamp")]
    [InlineData(EntityKind.Products, "source_row:Long sku:Text name:Text category:Text subcategory:Text brand:Text unit_cost:Money list_price:Money updated_at:Timestamp")]
    [InlineData(EntityKind.Stores, "source_row:Long store_id:Text name:Text channel:Text city:Text region:Text country:Text opened_on:Date")]
    [InlineData(EntityKind.OrderLines, "source_row:Long order_id:Text line_number:Int ordered_at:Timestamp store_id:Text customer_id:Text sku:Text quantity:Int unit_price:Money discount_amount:Money tax_amount:Money currency:Text unit_cost:Money payment_type:Text loyalty_points_earned:Int loyalty_points_redeemed:Int loyalty_id:Text email:Text")]
    [InlineData(EntityKind.WebEvents, "source_row:Long event_timestamp:Long event_name:Text user_pseudo_id:Text user_id:Text ga_session_id:Long page_location:Text page_referrer:Text source:Text medium:Text campaign:Text device_category:Text country:Text transaction_id:Text value:Money engagement_time_msec:Long")]
    [InlineData(EntityKind.Campaigns, "source_row:Long campaign_id:Text name:Text subject:Text sent_at:Timestamp segment:Text cost:Money")]
    [InlineData(EntityKind.EmailEvents, "source_row:Long event_id:Text email:Text timestamp:Timestamp event:Text campaign_id:Text url:Text reason:Text bounce_type:Text machine_open:Bool")]
    [InlineData(EntityKind.SurveyResponses, "source_row:Long response_id:Text recorded_at:Timestamp survey_id:Text customer_id:Text email:Text touchpoint:Text nps:Int csat:Int ces:Int complaint:Bool complaint_category:Text resolved_at:Timestamp comment:Text loyalty_id:Text")]
    [InlineData(EntityKind.SurveyInvitations, "source_row:Long invitation_id:Text sent_at:Timestamp survey_id:Text customer_id:Text loyalty_id:Text email:Text channel:Text")]
    [InlineData(EntityKind.CampaignAudiences, "source_row:Long campaign_id:Text email:Text group:Text customer_id:Text")]
    public void LakeSchema_DerivedFromTheEntity_KeepsTheLayoutEarlierVersionsWrote(EntityKind kind, string expected)
    {
        var fields = EntityCatalog.Get(kind).Lake.Schema.GetDataFields();
        Assert.Equal(expected, string.Join(' ', fields.Select(f => $"{f.Name}:{LakeType(f)}")));
        Assert.All(fields, f => Assert.True(f.IsNullable, f.Name));
    }

    [Fact]
    public async Task ReadAsync_FileWithoutAColumnTheEntityAlwaysHad_FailsNamingIt_EvenAnOptionalOne()
    {
        using var dir = new TempDirectory();
        var full = EntityCatalog.Get(EntityKind.Stores).Lake.Schema.GetDataFields();
        async Task<string> WriteAsync(string name, params string[] omit)
        {
            var path = Path.Combine(dir.Path, name);
            var kept = full.Where(f => !omit.Contains(f.Name)).ToArray();
            await using var stream = File.Create(path);
            await using var writer = await Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema(kept), stream);
            using var rg = writer.CreateRowGroup();
            foreach (var f in kept)
            {
                await (f.Name switch
                {
                    "source_row" => rg.WriteAsync(f, new ReadOnlyMemory<long?>([7]), null, null),
                    "opened_on" => rg.WriteAsync(f, new ReadOnlyMemory<DateOnly?>([new DateOnly(2020, 5, 1)]), null, null),
                    "channel" => rg.WriteAsync(f, new[] { "store" }, null),
                    var n => rg.WriteAsync(f, new[] { $"{n}-value" }, null),
                });
            }

            return path;
        }

        var complete = await WriteAsync("complete.parquet");
        var store = Assert.Single(await LakeReader.ReadAsync<StoreRecord>(complete).ToListAsync());
        Assert.Equal(new StoreRecord { SourceRow = 7, StoreId = "store_id-value", Name = "name-value", Channel = "store", City = "city-value", Region = "region-value", Country = "country-value", OpenedOn = new DateOnly(2020, 5, 1) }, store);

        // region is optional but no stores lake file ever lacked it (only CanonicalField.AddedLater columns may be absent).
        var withoutRegion = await WriteAsync("no-region.parquet", "region");
        var error = await Assert.ThrowsAsync<InvalidDataException>(async () => await LakeReader.ReadAsync<StoreRecord>(withoutRegion).ToListAsync());
        Assert.Contains("no column 'region'", error.Message, StringComparison.Ordinal);

        var broken = await WriteAsync("broken.parquet", "name");
        error = await Assert.ThrowsAsync<InvalidDataException>(async () => await LakeReader.ReadAsync<StoreRecord>(broken).ToListAsync());
        Assert.Contains("no column 'name'", error.Message, StringComparison.Ordinal);
    }

    private static string LakeType(Parquet.Schema.DataField f) => f switch
    {
        Parquet.Schema.DecimalDataField { Precision: 19, Scale: 4 } => "Money",
        Parquet.Schema.DateTimeDataField { DateTimeFormat: Parquet.Schema.DateTimeFormat.Timestamp, IsAdjustedToUTC: true, Unit: Parquet.Schema.DateTimeTimeUnit.Micros } => "Timestamp",
        _ when f.ClrType == typeof(string) || f.ClrType == typeof(ReadOnlyMemory<char>) => "Text",
        _ when f.ClrType == typeof(int) => "Int",
        _ when f.ClrType == typeof(long) => "Long",
        _ when f.ClrType == typeof(bool) => "Bool",
        _ when f.ClrType == typeof(DateOnly) => "Date",
        _ => f.ClrType.Name,
    };

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    /// <summary>An amount with the quantity's sign (a return's discount and tax are negative; a 0-quantity line carries 0).</summary>
    private static string Signed(int quantity, string amount) => quantity == 0 ? "0" : quantity < 0 ? "-" + amount : amount;
}
