using CrmInsights.Etl.Checks;
using CrmInsights.Etl.Loading;

namespace CrmInsights.Loading.Tests.OwnExports;

/// <summary>What a run says about a retailer's sources: switched-off sources, reject rates, the ×100 money reading.</summary>
public class OwnExportRunTests
{
    [Fact]
    public async Task Run_SourcesSwitchedOff_AreNotReadAndNotChecked()
    {
        using var h = new LoadHarness();
        h.Configure(("Etl:Sources:web:Kind", "web"), ("Etl:Sources:web:Enabled", "false"), ("Etl:Sources:email:Kind", "email"), ("Etl:Sources:email:Enabled", "false"));
        h.Drop("pos", "stores-2026-05-01.csv", Data.Stores);
        h.Drop("web", "events-2026-05-01.jsonl", Data.Lines(Data.WebEvent(1777626000000000, "page_view", "P1", 1)));

        var summary = await h.RunAsync();

        Assert.Equal(["pos/stores"], summary.Batches.Select(b => $"{b.Source}/{b.Entity}"));
        Assert.Equal(["freshness:pos", "freshness:survey"], summary.Checks.Where(c => c.Name.StartsWith("freshness", StringComparison.Ordinal)).Select(c => c.Name));
        Assert.Single(Directory.EnumerateFiles(h.Workspace.Inbox("web")));
    }

    [Fact]
    public async Task Run_EveryRowRejected_RejectRateErrorHoldsReports()
    {
        using var h = new LoadHarness();
        h.Drop("pos", "stores-2026-05-01.csv", Data.StoresHeader + "\nS1,Main,kiosk,,,,\nS2,Main,kiosk,,,,\n");

        var summary = await h.RunAsync();

        var check = Assert.Single(summary.Checks, c => c.Name == "reject_rate:pos/stores");
        Assert.Equal((CheckSeverity.Error, false), (check.Severity, check.Passed));
        Assert.StartsWith("stores-2026-05-01.csv: 2 of 2 rows rejected (100.0%, above Loading:RejectRateError 50%)", check.Message, StringComparison.Ordinal);
        Assert.True(summary.HasErrorChecks);

        h.Drop("pos", "stores-2026-05-02.csv", Data.Stores);
        await h.RunAsync();
        Assert.False(await h.Checks.HasBlockingFailuresAsync());
    }

    [Fact]
    public async Task Run_LinesNamingNoKnownStoreOrSku_TheRejectRateCheckNamesTheKeyThatFixesThem()
    {
        using var h = new LoadHarness();
        h.Drop("pos", "order_lines-2026-05-01.csv", Data.OrderLines(Data.Line("O1", 1, "2026-05-01T10:00:00Z", null)));

        var summary = await h.RunAsync();

        Assert.Equal(["1|sku|unknown_reference"], await h.RowsAsync("SELECT RowNumber, FieldName, Reason FROM etl.Reject"));
        var check = Assert.Single(summary.Checks, c => c.Name == "reject_rate:pos/order_lines");
        Assert.False(check.Passed);
        Assert.Contains(
            "1 of them were rejected by the load, against the warehouse (etl.Reject only; etl preview cannot show them): unknown_reference: " +
            "a store_id or sku the warehouse has no store or product for (the line's ids are in etl.Reject.RawRow); deliver the stores/products file " +
            "(masters load before order lines) or set Etl:Sources:pos:Entities:order_lines:InferMissingReferences to true",
            check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SameContentDeliveredAgain_SkippedWithTheReprocessCommandThatAppliesAFixedMapping()
    {
        using var h = new LoadHarness();
        const string stores = Data.StoresHeader + "\nS1,Main,kiosk,,,,\n";
        h.Drop("pos", "stores-2026-05-01.csv", stores);
        await h.RunAsync();

        h.Drop("pos", "stores-2026-05-01.csv", stores);
        var again = await h.RunAsync();

        Assert.Equal(BatchStatus.Skipped, Assert.Single(again.Batches).Status);
        Assert.Equal(
            ["The same content was loaded before; nothing changed. If it was read under a mapping you have since fixed, " +
            "`crm-insights etl reprocess --source pos --entity stores` (or --file archive/pos/…) loads it again under the current one."],
            await h.RowsAsync("SELECT ErrorMessage FROM etl.Batch WHERE Status = 'Skipped'"));
    }

    [Fact]
    public async Task Run_MoneyWithDecimalComma_NeverLoadsAHundredTimesTheAmountAndReprocessAppliesTheFixedMapping()
    {
        using var h = new LoadHarness();
        h.Configure(("Etl:Sources:pos:Kind", "pos"), ("Etl:Sources:pos:Entities:order_lines:Fields:unit_price:Column", "unit_price"),
            ("Etl:Sources:pos:Entities:order_lines:Fields:unit_price:Money", "true"));
        h.Drop("pos", "stores-2026-05-01.csv", Data.Stores);
        h.Drop("pos", "products-2026-05-01.csv", Data.Products);
        h.Drop("pos", "order_lines-2026-05-01.csv", Data.OrderLines(Data.Line("O1", 1, "2026-05-01T10:00:00Z", null, price: "\"12,50\""), Data.Line("O2", 1, "2026-05-01T10:00:00Z", null, price: "\"0,50\"")));

        await h.RunAsync();

        Assert.Equal(0, await h.CountAsync("SELECT COUNT(*) FROM fact.SalesLine"));
        Assert.Equal(["1|unit_price|invalid_number", "2|unit_price|invalid_number"], await h.RowsAsync("SELECT RowNumber, FieldName, Reason FROM etl.Reject ORDER BY RowNumber"));

        h.Configure(("Etl:Sources:pos:Kind", "pos"), ("Etl:Sources:pos:DecimalSeparator", ","), ("Etl:Sources:pos:Entities:order_lines:Fields:unit_price:Column", "unit_price"),
            ("Etl:Sources:pos:Entities:order_lines:Fields:unit_price:Money", "true"), ("Etl:Sources:pos:Entities:order_lines:Fields:discount_amount:DecimalSeparator", "."),
            ("Etl:Sources:pos:Entities:order_lines:Fields:tax_amount:DecimalSeparator", "."));
        // The same archived file again (a re-delivery would be skipped as "loaded before"): reprocess applies the fixed mapping.
        var again = await h.Pipeline.ReprocessAsync(new ReprocessTarget(Source: "pos", Entity: "order_lines"));

        Assert.True(again.Batches[0].Status == BatchStatus.Loaded, again.Batches[0].Error);
        Assert.Equal((BatchStatus.Loaded, 2L, 0L), (Assert.Single(again.Batches).Status, again.Batches[0].RowsLoaded, again.Batches[0].RowsRejected));
        Assert.Equal(["O1|12.5000", "O2|0.5000"], await h.RowsAsync("SELECT OrderId, CAST(UnitPrice AS VARCHAR) FROM fact.SalesLine ORDER BY OrderId"));
        Assert.Equal(["Replaced|0", "Succeeded|2"], await h.RowsAsync("SELECT Status, RowsLoaded FROM etl.Batch WHERE Entity = 'order_lines' ORDER BY BatchId"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(h.Root, "reprocess")));
    }
}
