using System.Text;
using CrmInsights.Etl.Loading;

namespace CrmInsights.Loading.Tests.OwnExports;

/// <summary>
/// Exports shaped as other tools and countries write them, each loaded with configuration keys only (no code, no file
/// edits) to warehouse content stated here by hand.
/// </summary>
public class OwnExportCorpusTests
{
    private const string Sales = """
        SELECT f.OrderId, f.LineNumber, CAST(f.OrderedAtUtc AS VARCHAR), f.DateKey, c.CustomerId, p.Sku, st.StoreId, f.Quantity,
               CAST(f.UnitPrice AS VARCHAR), CAST(f.DiscountAmount AS VARCHAR), f.Currency
        FROM fact.SalesLine AS f
        JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey
        JOIN dim.Product AS p ON p.ProductKey = f.ProductKey
        JOIN dim.Store AS st ON st.StoreKey = f.StoreKey
        ORDER BY f.OrderId, f.LineNumber
        """;

    private static (string, string) K(string key, string value) => (key, value);

    [Fact]
    public async Task EuropeanCsv_SemicolonsDecimalCommasGermanDatesOwnNameNoMasters_LoadsWithInferredStoresAndProducts()
    {
        using var h = new LoadHarness();
        const string L = "Etl:Sources:pos:Entities:order_lines";
        h.Configure(
            K("Etl:Sources:pos:Kind", "pos"), K("Etl:Sources:pos:DecimalSeparator", ","), K("Etl:Sources:pos:TimeZone", "Europe/Berlin"),
            K($"{L}:FilePattern", "Kassenbuch_*.csv"), K($"{L}:InferMissingReferences", "true"),
            K($"{L}:Fields:order_id:Column", "Beleg"), K($"{L}:Fields:line_number:Column", "Pos"),
            K($"{L}:Fields:ordered_at:Column", "Datum"), K($"{L}:Fields:ordered_at:Formats:0", "dd.MM.yyyy HH:mm"),
            K($"{L}:Fields:store_id:Column", "Filiale"), K($"{L}:Fields:customer_id:Column", "Kunde"), K($"{L}:Fields:sku:Column", "Artikel"),
            K($"{L}:Fields:quantity:Column", "Menge"), K($"{L}:Fields:unit_price:Column", "Preis"), K($"{L}:Fields:unit_price:Money", "true"),
            K($"{L}:Fields:discount_amount:Column", "Rabatt"), K($"{L}:Fields:discount_amount:Money", "true"), K($"{L}:Fields:currency:Constant", "EUR"));
        h.Drop("pos", "Kassenbuch_2019-03.csv", """
            Beleg;Pos;Datum;Filiale;Kunde;Artikel;Menge;Preis;Rabatt
            B1;1;01.03.2019 14:30;F01;K1;A-100;2;12,50;0,50
            B1;2;01.03.2019 14:30;F01;K1;A-200;1;1.234,00;
            B2;1;02.03.2019 09:05;F02;;A-100;3;0,50;

            """);

        var first = await h.RunAsync();

        Assert.Equal(BatchStatus.Loaded, Assert.Single(first.Batches).Status);
        Assert.Equal(
        [
            "B1|1|2019-03-01 13:30:00|20190301|K1|A-100|F01|2|12.5000|0.5000|EUR",
            "B1|2|2019-03-01 13:30:00|20190301|K1|A-200|F01|1|1234.0000|0.0000|EUR",
            "B2|1|2019-03-02 08:05:00|20190302|UNKNOWN|A-100|F02|3|0.5000|0.0000|EUR",
        ], await h.RowsAsync(Sales));
        Assert.Equal(["F01|F01|unknown|True", "F02|F02|unknown|True"], await h.RowsAsync("SELECT StoreId, StoreName, Channel, IsInferred FROM dim.Store WHERE StoreKey > 0 ORDER BY StoreId"));
        Assert.Equal(["A-100|A-100|True", "A-200|A-200|True"], await h.RowsAsync("SELECT Sku, ProductName, IsInferred FROM dim.Product WHERE ProductKey > 0 ORDER BY Sku"));

        // The product master arrives later (same source, default file naming, decimal commas): the inferred rows are completed.
        h.Drop("pos", "products-2019-03-05.csv", "sku;name;category;subcategory;brand;unit_cost;list_price;updated_at\nA-100;Teekanne;Küche;;Acme;4,20;12,50;2019-03-05T00:00:00Z\n");
        await h.RunAsync();

        Assert.Equal(["A-100|Teekanne|Küche|4.2000|False", "A-200|A-200|∅|∅|True"],
            await h.RowsAsync("SELECT Sku, ProductName, Category, CAST(UnitCost AS VARCHAR), IsInferred FROM dim.Product WHERE ProductKey > 0 ORDER BY Sku"));
    }

    [Fact]
    public async Task TabSeparatedMembers_DelimiterDetectedUsDates1990sSignupsBlankOptIn_LoadAsStatedAndUnknownStaysNull()
    {
        using var h = new LoadHarness();
        const string C = "Etl:Sources:pos:Entities:customers";
        h.Configure(
            K("Etl:Sources:pos:Kind", "pos"), K($"{C}:FilePattern", "Members*.tsv"),
            K($"{C}:Fields:customer_id:Column", "ContactID"), K($"{C}:Fields:loyalty_id:Column", "Card"), K($"{C}:Fields:email:Column", "Mail"),
            K($"{C}:Fields:first_name:Column", "First"), K($"{C}:Fields:last_name:Column", "Last"),
            K($"{C}:Fields:birth_date:Column", "Born"), K($"{C}:Fields:birth_date:Formats:0", "M/d/yyyy"),
            K($"{C}:Fields:signup_date:Column", "Joined"), K($"{C}:Fields:signup_date:Formats:0", "M/d/yyyy"),
            K($"{C}:Fields:marketing_opt_in:Column", "OptIn"), K($"{C}:Fields:updated_at:Column", "Changed"));
        h.Drop("pos", "Members 2020.tsv",
            "ContactID\tCard\tMail\tFirst\tLast\tBorn\tJoined\tOptIn\tChanged\n" +
            "1001\tL-1\tAnn@Example.com\tAnn\tLee\t3/12/1970\t5/20/1996\tY\t2020-01-01T00:00:00Z\n" +
            "1002\tL-2\t\tBob\tKay\t\t1/2/1998\t\t2020-01-01T00:00:00Z\n");

        var summary = await h.RunAsync();

        Assert.Equal(BatchStatus.Loaded, Assert.Single(summary.Batches).Status);
        Assert.Equal(
        [
            "1001|L-1|ann@example.com|Ann|Lee|1970-03-12|1996-05-20|19960520|True",
            "1002|L-2|∅|Bob|Kay|∅|1998-01-02|19980102|∅",
        ], await h.RowsAsync("""
            SELECT CustomerId, LoyaltyId, Email, FirstName, LastName, CAST(BirthDate AS VARCHAR), CAST(SignupDate AS VARCHAR), SignupDateKey, MarketingOptIn
            FROM dim.Customer WHERE CustomerKey > 0 ORDER BY CustomerId
            """));
    }

    [Fact]
    public async Task Windows1252Customers_QuarantinedNamingTheEncodingKeyThenLoadWithIt()
    {
        using var h = new LoadHarness();
        h.Configure(K("Etl:Sources:pos:Kind", "pos"));
        var text = Data.Customers(
            "C1,,,,José,Müller,,,,Århus,,DK,2024-01-02,,,,2024-01-02T00:00:00Z",
            "C2,,,,Zoë,Façade,,,,Köln,,DE,2024-01-03,,,,2024-01-03T00:00:00Z");
        h.DropText("pos", "customers-2024-01-03.csv", text, OwnExportSetup.Windows1252);

        var first = await h.RunAsync();

        Assert.Equal(BatchStatus.Quarantined, Assert.Single(first.Batches).Status);
        Assert.Contains("not valid utf-8", first.Batches[0].Error, StringComparison.Ordinal);
        Assert.Contains("Etl:Sources:pos:Encoding", first.Batches[0].Error, StringComparison.Ordinal);

        h.Configure(K("Etl:Sources:pos:Kind", "pos"), K("Etl:Sources:pos:Encoding", "windows-1252"));
        h.DropText("pos", "customers-2024-01-03.csv", text, OwnExportSetup.Windows1252);
        await h.RunAsync();

        Assert.Equal(["C1|José|Müller|Århus", "C2|Zoë|Façade|Köln"],
            await h.RowsAsync("SELECT CustomerId, FirstName, LastName, City FROM dim.Customer WHERE CustomerKey > 0 ORDER BY CustomerId"));
    }

    [Fact]
    public async Task Utf16WithBom_LoadsWithoutAnySetting()
    {
        using var h = new LoadHarness();
        h.DropText("pos", "products-2024-01-01.csv", Data.ProductsHeader + "\nT-1,Tee grün — 500 g,Tee,,Acme,1.00,3.00,2024-01-01T00:00:00Z\n",
            new UnicodeEncoding(false, true), bom: true);

        await h.RunAsync();

        Assert.Equal(["T-1|Tee grün — 500 g|3.0000"], await h.RowsAsync("SELECT Sku, ProductName, CAST(ListPrice AS VARCHAR) FROM dim.Product WHERE ProductKey > 0"));
    }

    [Fact]
    public async Task OwnFileNames_OrderLinesByLoyaltyIdOrEmail_ResolveToTheContactAndInferredLoyaltyMemberIsAdoptedLater()
    {
        using var h = new LoadHarness();
        const string C = "Etl:Sources:pos:Entities:customers";
        const string L = "Etl:Sources:pos:Entities:order_lines";
        h.Configure(
            K("Etl:Sources:pos:Kind", "pos"),
            K($"{C}:FilePattern", "Contacts*.csv"), K($"{C}:Fields:customer_id:Column", "ContactId"), K($"{C}:Fields:loyalty_id:Column", "LoyaltyNumber"),
            K($"{C}:Fields:email:Column", "Email"), K($"{C}:Fields:signup_date:Column", "SignupDate"), K($"{C}:Fields:updated_at:Column", "Updated"),
            K($"{L}:FilePattern", "POSPurchases*.txt"), K($"{L}:Fields:order_id:Column", "TransactionID"), K($"{L}:Fields:line_number:Column", "LineNo"),
            K($"{L}:Fields:ordered_at:Column", "PurchaseDate"), K($"{L}:Fields:store_id:Column", "StoreID"), K($"{L}:Fields:loyalty_id:Column", "LoyaltyNumber"),
            K($"{L}:Fields:email:Column", "Email"), K($"{L}:Fields:sku:Column", "SKU"), K($"{L}:Fields:quantity:Column", "Qty"), K($"{L}:Fields:unit_price:Column", "Price"));
        h.Drop("pos", "stores-2026-05-01.csv", Data.Stores);
        h.Drop("pos", "products-2026-05-01.csv", Data.Products);
        h.Drop("pos", "Contacts.csv", "ContactId,LoyaltyNumber,Email,SignupDate,Updated\n501,LN1,ann@example.com,2025-01-01,2026-04-01T00:00:00Z\n");
        h.Drop("pos", "POSPurchases.txt", """
            TransactionID,LineNo,PurchaseDate,StoreID,LoyaltyNumber,Email,SKU,Qty,Price
            T1,1,2026-05-01T10:00:00Z,S1,LN1,,SKU1,1,3.00
            T2,1,2026-05-01T11:00:00Z,S1,LN9,,SKU1,2,3.00
            T3,1,2026-05-01T12:00:00Z,S1,,,SKU2,1,6.00
            T4,1,2026-05-01T13:00:00Z,S1,, Ann@Example.com ,SKU2,1,6.00

            """);

        var first = await h.RunAsync();

        Assert.All(first.Batches, b => Assert.Equal(BatchStatus.Loaded, b.Status));
        Assert.Equal(["T1|501", "T2|loyalty:LN9", "T3|UNKNOWN", "T4|501"],
            await h.RowsAsync("SELECT f.OrderId, c.CustomerId FROM fact.SalesLine AS f JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey ORDER BY f.OrderId"));

        // The member behind LN9 arrives: the inferred loyalty member becomes that contact (no second customer).
        h.Drop("pos", "Contacts 2026-05-02.csv", "ContactId,LoyaltyNumber,Email,SignupDate,Updated\n509,LN9,cy@example.com,2025-02-01,2026-05-02T00:00:00Z\n");
        await h.RunAsync();

        Assert.Equal(["501|LN1|False", "509|LN9|False"], await h.RowsAsync("SELECT CustomerId, LoyaltyId, IsInferred FROM dim.Customer WHERE CustomerKey > 0 ORDER BY CustomerId"));
        Assert.Equal(["T1|501", "T2|509", "T3|UNKNOWN", "T4|501"],
            await h.RowsAsync("SELECT f.OrderId, c.CustomerId FROM fact.SalesLine AS f JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey ORDER BY f.OrderId"));
    }

    [Fact]
    public async Task History1997_DimDateExtendedInTheBatchAndRejectedLinesInferNoCustomer()
    {
        using var h = new LoadHarness();
        h.Drop("pos", "stores-1997-01-01.csv", Data.StoresHeader + "\nS1,High Street,store,London,London,GB,1990-05-01\n");
        h.Drop("pos", "products-1997-01-01.csv", Data.Products);
        h.Drop("pos", "customers-1997-01-01.csv", Data.Customers("C1,,,,Ann,Lee,1950-01-01,,,,,GB,1994-07-15,,,,1997-01-01T00:00:00Z"));
        h.Drop("pos", "order_lines-1997-01-05.csv", Data.OrderLines(
            Data.Line("O1", 1, "1997-01-05T10:00:00Z", "C1"),
            Data.Line("O2", 1, "1998-12-31T23:00:00Z", "C2"),
            Data.Line("O3", 1, "1850-06-01T10:00:00Z", "C3")));

        var summary = await h.RunAsync();

        Assert.All(summary.Batches, b => Assert.Equal(BatchStatus.Loaded, b.Status));
        Assert.Equal(["O1|19970105|C1", "O2|19981231|C2"],
            await h.RowsAsync("SELECT f.OrderId, f.DateKey, c.CustomerId FROM fact.SalesLine AS f JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey ORDER BY f.OrderId"));
        Assert.Equal(["3|ordered_at|out_of_range"], await h.RowsAsync("SELECT RowNumber, FieldName, Reason FROM etl.Reject"));
        Assert.Equal(["C1|19940715|False", "C2|∅|True"], await h.RowsAsync("SELECT CustomerId, SignupDateKey, IsInferred FROM dim.Customer WHERE CustomerKey > 0 ORDER BY CustomerId"));
        // One contiguous range from the earliest date loaded (the store's 1990 opening is not a fact date) to the seeded end.
        Assert.Equal(["19940715|20351231|True"], await h.RowsAsync(
            "SELECT MIN(DateKey), MAX(DateKey), COUNT(*) = DATEDIFF('day', MIN(FullDate), MAX(FullDate)) + 1 FROM dim.Date"));
    }

    [Fact]
    public async Task OnlineRetailInvoices_InterleavedRowsKeepEveryLineAndFloatIdsAreOneCustomer()
    {
        using var h = new LoadHarness();
        const string L = "Etl:Sources:pos:Entities:order_lines";
        h.Configure(
            K("Etl:Sources:pos:Kind", "pos"), K($"{L}:FilePattern", "Online Retail*.csv"), K($"{L}:InferMissingReferences", "true"),
            K($"{L}:GroupBy", "InvoiceNo"), K($"{L}:Fields:order_id:Column", "InvoiceNo"), K($"{L}:Fields:line_number:Sequence", "true"),
            K($"{L}:Fields:ordered_at:Column", "InvoiceDate"), K($"{L}:Fields:ordered_at:Formats:0", "M/d/yyyy H:mm"),
            K($"{L}:Fields:ordered_at:TimeZone", "Europe/London"), K($"{L}:Fields:store_id:Constant", "online"),
            K($"{L}:Fields:sku:Column", "StockCode"), K($"{L}:Fields:quantity:Column", "Quantity"), K($"{L}:Fields:unit_price:Column", "UnitPrice"),
            K($"{L}:Fields:customer_id:Column", "CustomerID"), K($"{L}:Fields:currency:Constant", "GBP"));
        h.Drop("pos", "customers-2010-11-30.csv", Data.Customers("17850,,,,,,,,,,,GB,2010-11-30,,,,2010-11-30T00:00:00Z"));
        h.Drop("pos", "Online Retail.csv", """
            InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
            536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850.0,United Kingdom
            536366,22633,HAND WARMER UNION JACK,6,12/1/2010 8:28,1.85,17850.0,United Kingdom
            536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850.0,United Kingdom
            536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,12/1/2010 8:34,1.69,13047.0,United Kingdom
            536365,84406B,CREAM CUPID HEARTS COAT HANGER,8,12/1/2010 8:26,2.75,17850.0,United Kingdom

            """);

        var summary = await h.RunAsync();

        Assert.Equal(0, summary.Batches.Sum(b => b.RowsDuplicate));
        Assert.Equal(
        [
            "536365|1|2010-12-01 08:26:00|20101201|17850|85123A|online|6|2.5500|0.0000|GBP",
            "536365|2|2010-12-01 08:26:00|20101201|17850|71053|online|6|3.3900|0.0000|GBP",
            "536365|3|2010-12-01 08:26:00|20101201|17850|84406B|online|8|2.7500|0.0000|GBP",
            "536366|1|2010-12-01 08:28:00|20101201|17850|22633|online|6|1.8500|0.0000|GBP",
            "536367|1|2010-12-01 08:34:00|20101201|13047|84879|online|32|1.6900|0.0000|GBP",
        ], await h.RowsAsync(Sales));
        Assert.Equal(["13047|True", "17850|False"], await h.RowsAsync("SELECT CustomerId, IsInferred FROM dim.Customer WHERE CustomerKey > 0 ORDER BY CustomerId"));
    }

    [Fact]
    public async Task ShopifyOrdersExport_PresetOnly_OrderFieldsCarriedAndBuyerFoundByEmail()
    {
        using var h = new LoadHarness();
        h.Configure(K("Etl:Sources:pos:Kind", "pos"), K("Etl:Sources:shop:Kind", "pos"), K("Etl:Sources:shop:Preset", "shopify"),
            K("Etl:Sources:shop:Entities:order_lines:FilePattern", "orders_export*.csv"));
        h.Drop("pos", "stores-2026-05-01.csv", Data.StoresHeader + "\nonline,Web shop,online,,,GB,2020-01-01\n");
        h.Drop("pos", "products-2026-05-01.csv", Data.Products);
        h.Drop("pos", "customers-2026-05-01.csv", Data.Customers(Data.Customer("C1", "Gold", "London", "2026-04-01T00:00:00Z", "ann@example.com")));
        h.Drop("shop", "orders_export_1.csv", """
            Name,Email,Financial Status,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Lineitem discount,Payment Method,Location
            #1001,ann@example.com,paid,GBP,2026-05-01 10:00:00 +0100,2,Tea,3.00,SKU1,0.00,Shopify Payments,
            #1001,,,,,1,Mug,6.00,SKU2,0.50,,
            #1002,,paid,GBP,2026-05-01 12:30:00 +0100,1,Tea,3.00,SKU1,0.00,Cash,

            """);

        var summary = await h.RunAsync();

        Assert.All(summary.Batches, b => Assert.Equal(BatchStatus.Loaded, b.Status));
        Assert.Equal(
        [
            "#1001|1|2026-05-01 09:00:00|20260501|C1|SKU1|online|2|3.0000|0.0000|GBP",
            "#1001|2|2026-05-01 09:00:00|20260501|C1|SKU2|online|1|6.0000|0.5000|GBP",
            "#1002|1|2026-05-01 11:30:00|20260501|UNKNOWN|SKU1|online|1|3.0000|0.0000|GBP",
        ], await h.RowsAsync(Sales));
    }

    [Fact]
    public async Task SquareItemDetailsExport_PresetOnly_DollarsThousandsAndZoneColumnRead()
    {
        using var h = new LoadHarness();
        h.Configure(K("Etl:Sources:pos:Kind", "pos"), K("Etl:Sources:pos:Entities:order_lines:FilePattern", "items-*.csv"),
            K("Etl:Sources:sq:Kind", "pos"), K("Etl:Sources:sq:Preset", "square"), K("Etl:Sources:sq:Entities:order_lines:FilePattern", "items-*.csv"));
        h.Drop("pos", "stores-2026-05-01.csv", Data.Stores);
        h.Drop("pos", "products-2026-05-01.csv", Data.Products);
        h.Drop("sq", "items-2026-05-01-2026-05-02.csv", """
            Date,Time,Time Zone,Category,Item,Qty,SKU,Gross Sales,Discounts,Net Sales,Tax,Transaction ID,Location,Customer ID
            2026-05-01,09:15:02,Pacific Time (US & Canada),Coffee,Latte,2,SKU1,$9.00,-$1.00,$8.00,$0.72,TX1,S1,
            2026-05-01,09:15:02,Pacific Time (US & Canada),Food,Hamper,1,SKU2,"$1,200.00",$0.00,"$1,200.00",$0.00,TX1,S1,C1

            """);

        var summary = await h.RunAsync();

        Assert.All(summary.Batches, b => Assert.Equal(BatchStatus.Loaded, b.Status));
        Assert.Equal(
        [
            "TX1|1|2026-05-01 16:15:02|20260501|UNKNOWN|SKU1|S1|2|4.5000|1.0000|GBP",
            "TX1|2|2026-05-01 16:15:02|20260501|C1|SKU2|S1|1|1200.0000|0.0000|GBP",
        ], await h.RowsAsync(Sales));
    }

    [Fact]
    public async Task PipeDelimitedTillExport_TitleLineSpaceThousandsEuroAfterAmount_CustomSourceLoads()
    {
        using var h = new LoadHarness();
        const string L = "Etl:Sources:kasse:Entities:order_lines";
        h.Configure(
            K("Etl:Sources:kasse:Kind", "pos"), K("Etl:Sources:kasse:Delimiter", "|"), K("Etl:Sources:kasse:SkipRows", "1"),
            K("Etl:Sources:kasse:DecimalSeparator", ","), K("Etl:Sources:kasse:ThousandsSeparator", "space"),
            K($"{L}:Fields:order_id:Column", "order"), K($"{L}:Fields:line_number:Column", "line"), K($"{L}:Fields:ordered_at:Column", "when"),
            K($"{L}:Fields:store_id:Column", "store"), K($"{L}:Fields:sku:Column", "sku"), K($"{L}:Fields:quantity:Column", "qty"),
            K($"{L}:Fields:unit_price:Column", "price"), K($"{L}:Fields:unit_price:Money", "true"), K($"{L}:Fields:currency:Constant", "EUR"));
        h.Drop("pos", "stores-2026-05-01.csv", Data.Stores);
        h.Drop("pos", "products-2026-05-01.csv", Data.Products);
        h.Drop("kasse", "order_lines-2026-05-01.txt", """
            Export 2026-05-02 generated by Kasse 3000
            order|line|when|store|sku|qty|price
            P1|1|2026-05-01T10:00:00+02:00|S1|SKU1|1|1 234,50 €
            P1|2|2026-05-01T10:00:00+02:00|S1|SKU2|2|EUR 3,00

            """);

        var summary = await h.RunAsync();

        Assert.All(summary.Batches, b => Assert.Equal(BatchStatus.Loaded, b.Status));
        Assert.Equal(
        [
            "P1|1|2026-05-01 08:00:00|20260501|UNKNOWN|SKU1|S1|1|1234.5000|0.0000|EUR",
            "P1|2|2026-05-01 08:00:00|20260501|UNKNOWN|SKU2|S1|2|3.0000|0.0000|EUR",
        ], await h.RowsAsync(Sales));
    }
}
