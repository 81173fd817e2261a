using CrmInsights.Etl.Files;
using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Sources.Readers;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Tests;

/// <summary>Number culture and the reasons a retailer reads while mapping their exports: each names what it saw and the key that fixes it.</summary>
public class OwnExportReasonTests
{
    private const string Header = "order_id,line_number,ordered_at,store_id,sku,quantity,unit_price";

    private static EntityMappingOptions Lines(TestWorkspace ws)
    {
        var m = new EntityMappingOptions();
        ws.Options.Sources["pos"].Entities["order_lines"] = m;
        return m;
    }

    [Fact]
    public async Task Money_DecimalCommaWithoutSetting_IsRejectedNamingTheKeyNeverReadAsHundredTimesMore()
    {
        using var ws = new TestWorkspace();
        Lines(ws).Fields["unit_price"] = new FieldMappingOptions { Column = "unit_price", Money = true };
        var text = Header + "\nO1,1,2026-05-01T10:00:00Z,S1,A,1,\"12,50\"\nO2,1,2026-05-01T10:00:00Z,S1,A,1,\"0,50\"\nO3,1,2026-05-01T10:00:00Z,S1,A,1,\"7,00\"\nO4,1,2026-05-01T10:00:00Z,S1,A,1,\"1,250\"\nO5,1,2026-05-01T10:00:00Z,S1,A,1,\"$1,250.00\"\n";

        var batch = await ws.ExtractAsync("pos", "order_lines-2026-05-01.csv", text);

        Assert.Equal([1250.00m], (await TestWorkspace.ReadAllAsync<OrderLineRecord>(batch)).Select(r => r.UnitPrice));
        Assert.Equal(4, batch.Rejects.Count);
        Assert.All(batch.Rejects, r => Assert.Equal(("unit_price", "invalid_number"), (r.Field, r.Code)));
        Assert.Contains("'12,50' is not a number (',' is not the decimal separator '.' here; if the file writes decimals with ',', set Etl:Sources:pos:DecimalSeparator to ',')", batch.Rejects[0].Message, StringComparison.Ordinal);
        Assert.Contains("ambiguous: '1,250' reads as 1250 with ',' grouping thousands or 1.250 with ',' as decimal separator; set Etl:Sources:pos:DecimalSeparator", batch.Rejects[3].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source", "12,50", 12.50)]
    [InlineData("source", "0,50", 0.50)]
    [InlineData("source", "7,00 €", 7.00)]
    [InlineData("source", "€ 1.234,56", 1234.56)]
    [InlineData("source", "-1.250,00 EUR", -1250.00)]
    [InlineData("source", "(3,10)", -3.10)]
    [InlineData("entity", "1.250", 1250)]
    [InlineData("field", "12,5", 12.5)]
    public async Task Money_DecimalCommaConfiguredAtAnyLevel_ReadsTheAmount(string level, string amount, decimal expected)
    {
        using var ws = new TestWorkspace();
        var m = Lines(ws);
        var f = new FieldMappingOptions { Column = "amount", Money = true };
        m.Fields["discount_amount"] = f;
        switch (level)
        {
            case "source": ws.Options.Sources["pos"].DecimalSeparator = ","; break;
            case "entity": m.DecimalSeparator = ","; break;
            default: f.DecimalSeparator = ","; break;
        }

        var batch = await ws.ExtractAsync("pos", "order_lines-2026-05-01.csv", Header + $",amount\nO1,1,2026-05-01T10:00:00Z,S1,A,{(expected < 0 ? -1 : 1)},1,\"{amount}\"\n");

        // A negative discount is a return's (quantity -1): discount and tax carry the quantity's sign.
        Assert.Empty(batch.Rejects);
        Assert.Equal(expected, (await TestWorkspace.ReadAllAsync<OrderLineRecord>(batch)).Single().DiscountAmount);
    }

    [Fact]
    public async Task Timestamps_UnreadableOrWithoutOffset_ReasonsNameFormatsAndTimeZoneKeys()
    {
        using var ws = new TestWorkspace();
        var batch = await ws.ExtractAsync("pos", "order_lines-2026-05-01.csv", Header + "\nO1,1,1/20/2019,S1,A,1,1.00\nO2,1,2019-01-20 10:00,S1,A,1,1.00\n");

        Assert.Equal(
            "ordered_at '1/20/2019' is not a timestamp in ISO 8601 with offset; set Etl:Sources:pos:Entities:order_lines:Fields:ordered_at:Formats to the export's format (e.g. M/d/yyyy H:mm).",
            batch.Rejects[0].Message);
        Assert.Equal(
            "ordered_at '2019-01-20 10:00' has no UTC offset and no time zone is configured for it; set Etl:Sources:pos:Entities:order_lines:Fields:ordered_at:TimeZone, or Etl:Sources:pos:TimeZone for the whole source, to the IANA zone the export was written in (e.g. the business's Warehouse:BusinessTimeZone).",
            batch.Rejects[1].Message);

        ws.Options.Sources["pos"].TimeZone = "America/New_York";
        var fixedZone = await ws.ExtractAsync("pos", "order_lines-2026-05-02.csv", Header + "\nO2,1,2019-01-20 10:00,S1,A,1,1.00\n");
        Assert.Equal(new DateTimeOffset(2019, 1, 20, 15, 0, 0, TimeSpan.Zero), (await TestWorkspace.ReadAllAsync<OrderLineRecord>(fixedZone)).Single().OrderedAt.ToUniversalTime());
    }

    [Fact]
    public async Task Date_NotInTheConfiguredFormat_ReasonListsTheFormatsTried()
    {
        using var ws = new TestWorkspace();
        ws.Options.Sources["pos"].Entities["customers"] = new EntityMappingOptions { Fields = { ["signup_date"] = new() { Column = "signup_date", Formats = ["M/d/yyyy"] } } };

        var batch = await ws.ExtractAsync("pos", "customers-2026-05-01.csv", "customer_id,signup_date,updated_at\nC1,31/12/1980,2026-05-01T10:00:00Z\n");

        Assert.Equal(
            "signup_date '31/12/1980' is not a date in the configured format(s) M/d/yyyy or yyyy-MM-dd; set Etl:Sources:pos:Entities:customers:Fields:signup_date:Formats to the export's format (e.g. dd.MM.yyyy).",
            Assert.Single(batch.Rejects).Message);
    }

    [Fact]
    public async Task Header_WrongDelimiterConfigured_QuarantineReasonSaysHowItWasRead()
    {
        using var ws = new TestWorkspace();
        ws.Options.Sources["pos"].Delimiter = ",";

        var ex = await Assert.ThrowsAsync<UnreadableSourceException>(() => ws.ExtractAsync("pos", "stores-2026-05-01.csv", "store_id;name;channel\nS1;Main;store\n"));

        Assert.Contains("Header has: 'store_id;name;channel' (read as ','-delimited utf-8 (set Etl:Sources:pos:Delimiter, :Encoding, :SkipRows or :HeaderRows if that is wrong))", ex.Message, StringComparison.Ordinal);

        ws.Options.Sources["pos"].Delimiter = null;
        var detected = await ws.ExtractAsync("pos", "stores-2026-05-02.csv", "store_id;name;channel\nS1;Main;store\n");
        Assert.Equal("Main", (await TestWorkspace.ReadAllAsync<StoreRecord>(detected)).Single().Name);
    }

    [Fact]
    public async Task Header_ConfiguredOptionalColumnMissing_QuarantinedNamingColumnAndKey()
    {
        using var ws = new TestWorkspace();
        ws.Options.Sources["pos"].Entities["stores"] = new EntityMappingOptions { Fields = { ["city"] = new() { Column = "Stadt" } } };

        var ex = await Assert.ThrowsAsync<UnreadableSourceException>(() => ws.ExtractAsync("pos", "stores-2026-05-01.csv", "store_id,name,channel,Ort\nS1,Main,store,Berlin\n"));

        Assert.StartsWith("Configured column(s) missing from the header of pos/stores: 'Stadt' (Etl:Sources:pos:Entities:stores:Fields:city). Header has: 'store_id', 'name', 'channel', 'Ort'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileName_NotAnEntity_ReasonNamesFilePatternAndAPatternThatWouldMatch()
    {
        using var ws = new TestWorkspace();
        var file = ws.Drop("pos", "POSPurchases.txt", Header + "\n");

        var ex = await Assert.ThrowsAsync<UnreadableSourceException>(() => ws.Extractor.ExtractAsync(file));

        Assert.Contains("set Etl:Sources:pos:Entities:<entity>:FilePattern to a pattern the file's own name matches (e.g. 'POSPurchases*.txt')", ex.Message, StringComparison.Ordinal);
        ws.Options.Sources["pos"].Entities["order_lines"] = new EntityMappingOptions { FilePattern = "posp*.TXT" };
        Assert.Equal("order_lines", EntityNaming.EntityOf(ws.Options.Sources["pos"], "POSPurchases.txt"));
    }

    [Fact]
    public void Options_BuiltInSourceOverriddenWithoutKind_ClearValidationError()
    {
        var options = EtlOptions.CreateDefault();
        options.Sources["pos"] = new SourceOptions { Preset = "shopify" };

        var result = new EtlOptionsValidator().Validate(null, options);

        Assert.Contains("Etl:Sources:pos:Kind is required: configuring the built-in source 'pos' replaces its defaults, so set Etl:Sources:pos:Kind to 'pos'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_BadDialectKeys_EachNamed()
    {
        var options = EtlOptions.CreateDefault();
        options.Sources["pos"].Delimiter = "::";
        options.Sources["pos"].Encoding = "ebcdic";
        options.Sources["pos"].DecimalSeparator = ",";
        options.Sources["pos"].ThousandsSeparator = ",";

        var failures = new EtlOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("Etl:Sources:pos:Delimiter must be one of", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Etl:Sources:pos:Encoding must be one of utf-8, utf-16, utf-16be, windows-1252, iso-8859-1", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("DecimalSeparator and ThousandsSeparator are both ','", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ids_WrittenAsFloats_AreTheSameId()
    {
        using var ws = new TestWorkspace();
        var batch = await ws.ExtractAsync("pos", "order_lines-2026-05-01.csv", "order_id,line_number,ordered_at,store_id,sku,quantity,unit_price,customer_id\nO1,1,2026-05-01T10:00:00Z,S1,A,1,1.00,17850.0\nO2,1,2026-05-01T10:00:00Z,S1,A,1,1.00,17850\n");

        Assert.Equal(["17850", "17850"], (await TestWorkspace.ReadAllAsync<OrderLineRecord>(batch)).Select(r => r.CustomerId));
    }
}
