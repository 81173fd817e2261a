using CrmInsights.Analytics.Snapshot;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;
using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

/// <summary>
/// mart.ProductAffinity, mart.NextBestOffer and mart.ActionNextBestOffer on a hand-built January-April 2025, derived with a 2-month window
/// (Snapshot:AffinityWindowMonths = 2) and pairs needing 2 orders (Snapshot:AffinityMinPairOrders = 2). Every expected
/// figure is worked out from the rows in the remarks.
/// </summary>
/// <remarks>
/// Products P1 Kettle, P2 Mug, P3 Tea, P4 Biscuits, P5 Spoon. Orders (items; "anon" = no customer):
///   Jan: O0 C4 {P2, P5}.
///   Feb: O1 C1 {P1, P2}; O2 C2 {P1, P2, P3}; O3 C7 {P1}; O4 C3 {P5 on two lines}; O8 C5 {P3}.
///   Mar: O5 C3 {P1, P2}; O6 C4 {P1, P3, P4}; O7 C1 {P4}; O10 anon {P1, P3}; O11 C6 {P2}; O12 C6 {P3};
///        R8 C5 returns the P3 of O8 (a negative line: no basket).
///   Apr: O9 C1 {P1, P3} (after March: never seen by March).
/// March's window (Feb-Mar): 11 orders; P1 in 6 (O1 O2 O3 O5 O6 O10), P2 in 4 (O1 O2 O5 O11), P3 in 5 (O2 O6 O8 O10 O12),
/// P4 in 2, P5 in 1 (O4 once). Together: P1+P2 3 (O1 O2 O5), P1+P3 3 (O2 O6 O10), P1+P4, P2+P3, P3+P4 1 each (small).
///   P1->P2: support 3/11, confidence 3/6 = 0.5, lift 3 x 11 / (6 x 4) = 1.375. P2->P1: confidence 3/4 = 0.75, lift 1.375.
///   P1->P3: support 3/11, confidence 0.5, lift 3 x 11 / (6 x 5) = 1.1. P3->P1: confidence 3/5 = 0.6, lift 1.1.
/// March offers: C1 kept P1 P2 P4 -> P3 (via P1). C2 owns P1 P2 P3 -> none. C3 kept P5 P1 P2 -> P3. C4 kept P1 P3 P4 and
/// owns P2 from January (outside the window) -> none. C5 returned its only item -> none (without netting, P3 -> P1).
/// C6 kept P2 P3 -> P1, through P2 (0.75 beats P3's 0.6). C7 kept P1 -> P2 (0.5, lift 1.375), then P3 (0.5, lift 1.1).
/// </remarks>
public sealed class ProductAffinityTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();
    private DuckDbWarehouse _engine = null!;

    // Offers are materialised for March and April only (Snapshot:OfferMonths = 2): February is left to the logic view.
    private static SnapshotOptions Options => new() { LapseDays = 30, AffinityWindowMonths = 2, AffinityMinPairOrders = 2, OfferMonths = 2 };

    public async Task InitializeAsync()
    {
        using var model = WarehouseModel.LoadEmbedded();
        _engine = new DuckDbWarehouse(_temp.File("affinity.duckdb"));
        await _engine.EnsureSchemaAsync(model);
        await ExecuteAsync(_engine, Rows);
        await CreateDeriver(_engine, Options).DeriveAsync();
    }

    private async Task<Dictionary<string, object?>> PairAsync(int month, string a, string b) =>
        Assert.Single(await QueryAsync(_engine, $"SELECT * FROM mart.ProductAffinity WHERE YearMonthKey = {month} AND ItemA = '{a}' AND ItemB = '{b}'"));

    private async Task<List<string>> OffersAsync(int month) =>
        [.. (await QueryAsync(_engine, $"SELECT CustomerId, OfferRank, OfferItem, BecauseItem FROM mart.NextBestOffer WHERE YearMonthKey = {month} ORDER BY CustomerId, OfferRank"))
            .Select(r => $"{r["CustomerId"]} {Num(r["OfferRank"])} {r["OfferItem"]}<-{r["BecauseItem"]}")];

    [Fact]
    public async Task Pair_March_SupportConfidenceLiftByHand()
    {
        var p12 = await PairAsync(202503, "P1", "P2");
        Assert.Equal((11L, 6L, 4L, 3L), (Num(p12["Orders"]), Num(p12["OrdersWithA"]), Num(p12["OrdersWithB"]), Num(p12["OrdersWithBoth"])));
        Assert.Equal((0.272727m, 0.5m, 1.375m, 0L), (Dec(p12["Support"])!.Value, Dec(p12["Confidence"])!.Value, Dec(p12["Lift"])!.Value, Num(p12["IsSmallSample"])));
        var p21 = await PairAsync(202503, "P2", "P1");
        Assert.Equal((0.75m, 1.375m), (Dec(p21["Confidence"])!.Value, Dec(p21["Lift"])!.Value));
        var p31 = await PairAsync(202503, "P3", "P1");
        Assert.Equal((5L, 0.6m, 1.1m), (Num(p31["OrdersWithA"]), Dec(p31["Confidence"])!.Value, Dec(p31["Lift"])!.Value));
    }

    [Fact]
    public async Task Pair_OneOrderTogether_IsSmallSample()
    {
        var p34 = await PairAsync(202503, "P3", "P4");
        Assert.Equal((1L, 1L), (Num(p34["OrdersWithBoth"]), Num(p34["IsSmallSample"])));
        // P5 was bought twice in O4, on two lines: one order, and alone, so no pair.
        Assert.Empty(await QueryAsync(_engine, "SELECT * FROM mart.ProductAffinity WHERE YearMonthKey = 202503 AND (ItemA = 'P5' OR ItemB = 'P5')"));
        Assert.Equal(1, Num((await PairAsync(202501, "P2", "P5"))["IsSmallSample"]));
    }

    [Fact]
    public async Task Window_JanuaryOutsideAprilAfter_ReturnsNoBasket()
    {
        // O0 (January) is outside March's 2-month window, O9 (April) after it, R8 (a return) is no basket: 11 orders.
        Assert.Equal(4, Num((await PairAsync(202503, "P2", "P1"))["OrdersWithA"]));
        Assert.Equal(11, Num((await PairAsync(202503, "P1", "P2"))["Orders"]));
        // February's window (Jan-Feb) holds O0, O1, O2, O3, O4, O8.
        Assert.Equal(6, Num((await PairAsync(202502, "P1", "P2"))["Orders"]));
    }

    [Fact]
    public async Task Window_ThreeMonths_TakesJanuaryIn()
    {
        await ExecuteAsync(_engine, "UPDATE etl.Setting SET SettingValue = 3 WHERE SettingName = 'AffinityWindowMonths'");
        try
        {
            var p21 = await PairAsync(202503, "P2", "P1");
            Assert.Equal((12L, 5L, 3L), (Num(p21["Orders"]), Num(p21["OrdersWithA"]), Num(p21["OrdersWithBoth"])));
        }
        finally
        {
            await ExecuteAsync(_engine, "UPDATE etl.Setting SET SettingValue = 2 WHERE SettingName = 'AffinityWindowMonths'");
        }
    }

    [Fact]
    public async Task Offers_March_NeverOwnedReturnsNetOutStrongestReason()
    {
        Assert.Equal(["C1 1 P3<-P1", "C3 1 P3<-P1", "C6 1 P1<-P2", "C7 1 P2<-P1", "C7 2 P3<-P1"], await OffersAsync(202503));
        var c6 = Assert.Single(await QueryAsync(_engine, "SELECT * FROM mart.NextBestOffer WHERE YearMonthKey = 202503 AND CustomerId = 'C6'"));
        Assert.Equal(("Kettle", "Mug", 0.75m, 1.375m, 4L, 3L, 2L),
            ((string)c6["OfferName"]!, (string)c6["BecauseName"]!, Dec(c6["Confidence"])!.Value, Dec(c6["Lift"])!.Value, Num(c6["BecauseOrders"]), Num(c6["OrdersWithBoth"]), Num(c6["WindowMonths"])));
    }

    [Fact]
    public async Task ActionList_March_OneRowPerCustomerWithTheBestOfferAndTheNext()
    {
        var rows = await QueryAsync(_engine, "SELECT * FROM mart.ActionNextBestOffer WHERE YearMonthKey = 202503 ORDER BY CustomerId");
        Assert.Equal(["C1", "C3", "C6", "C7"], rows.Select(r => (string)r["CustomerId"]!));
        var c7 = rows[^1];
        Assert.Equal(("Mug", "Kettle", 2L, "Tea", 20250331L, "c7@x.com"),
            ((string)c7["OfferName"]!, (string)c7["BecauseName"]!, Num(c7["Offers"]), (string)c7["SecondOfferName"]!, Num(c7["AsOfDateKey"]), (string)c7["Email"]!));
        Assert.Null(c7["ThirdOfferName"]);
        Assert.Equal(20250205, Num(c7["LastPurchaseDateKey"]));
    }

    [Fact]
    public async Task Offers_Settings_OnePerCustomerAndMinimumPairOrders()
    {
        // The offers are materialised, so a setting takes effect through a derive (a changed view setting rebuilds all months).
        var options = Options;
        options.OffersPerCustomer = 1;
        try
        {
            await CreateDeriver(_engine, options).DeriveAsync();
            Assert.Equal(["C1 1 P3<-P1", "C3 1 P3<-P1", "C6 1 P1<-P2", "C7 1 P2<-P1"], await OffersAsync(202503));
            // Every pair has fewer than 4 orders together: nothing is sure enough to offer, rather than a guess.
            options.AffinityMinPairOrders = 4;
            await CreateDeriver(_engine, options).DeriveAsync();
            Assert.Empty(await OffersAsync(202503));
        }
        finally
        {
            await CreateDeriver(_engine, Options).DeriveAsync();
        }
    }

    [Fact]
    public async Task Level_Category_PairsCategoriesAndSkipsProductsWithoutOne()
    {
        var options = Options;
        options.AffinityLevel = AffinityLevel.Category;
        try
        {
            await CreateDeriver(_engine, options).DeriveAsync();
            // Kitchen = P1 P2 (P5 has no category), Pantry = P3 P4. March: Kitchen in O1 O2 O3 O5 O6 O10 O11 = 7,
            // Pantry in O2 O6 O8 O10 O12 O7 = 6, both in O2 O6 O10 = 3, of 10 orders with a known category (O4 holds only P5).
            var k = Assert.Single(await QueryAsync(_engine, "SELECT * FROM mart.ProductAffinity WHERE YearMonthKey = 202503 AND ItemA = 'Kitchen' AND ItemB = 'Pantry'"));
            Assert.Equal((10L, 7L, 6L, 3L), (Num(k["Orders"]), Num(k["OrdersWithA"]), Num(k["OrdersWithB"]), Num(k["OrdersWithBoth"])));
            Assert.Equal(0.714286m, Dec(k["Lift"]));
            // Lift below 1 both ways: no category offer.
            Assert.Empty(await OffersAsync(202503));
        }
        finally
        {
            await CreateDeriver(_engine, Options).DeriveAsync();
        }
    }

    [Fact]
    public async Task Offers_MonthNotMaterialised_HasNoneAndTheDerivedMonthIsTheLogic()
    {
        // February is outside Snapshot:OfferMonths = 2: no offers, although its logic has some (Jan-Feb window: P1+P2 in O1
        // and O2 of 6 orders, lift 2 x 6 / (3 x 3) = 1.33; C4 kept P2 from January -> P1, C7 kept P1 -> P2).
        Assert.Empty(await OffersAsync(202502));
        var february = await QueryAsync(_engine, "SELECT CustomerId, OfferRank, OfferItem, BecauseItem FROM etl.NextBestOfferSource WHERE YearMonthKey = 202502 ORDER BY CustomerId, OfferRank");
        Assert.Equal(["C4 1 P1<-P2", "C7 1 P2<-P1"], february.Select(r => $"{r["CustomerId"]} {Num(r["OfferRank"])} {r["OfferItem"]}<-{r["BecauseItem"]}"));
        // March, materialised: every column as the logic computes it, and the hand-worked list.
        const string Columns = "YearMonthKey, CustomerId, OfferRank, OfferItem, OfferName, BecauseItem, BecauseName, Confidence, Lift, BecauseOrders, OrdersWithBoth, WindowMonths";
        var stored = await QueryAsync(_engine, $"SELECT {Columns} FROM mart.NextBestOffer WHERE YearMonthKey = 202503 ORDER BY CustomerId, OfferRank");
        var logic = await QueryAsync(_engine, $"SELECT {Columns} FROM etl.NextBestOfferSource WHERE YearMonthKey = 202503 ORDER BY CustomerId, OfferRank");
        Assert.Equal(5, stored.Count);
        Assert.Equal(logic.Select(r => string.Join("|", r.Values)), stored.Select(r => string.Join("|", r.Values)));
        Assert.Equal(["C1 1 P3<-P1", "C3 1 P3<-P1", "C6 1 P1<-P2", "C7 1 P2<-P1", "C7 2 P3<-P1"], await OffersAsync(202503));
    }

    [Fact]
    public async Task Offers_RebuiltWithFewerOfferMonths_DropTheMonthsNoLongerMaterialised()
    {
        var options = Options;
        options.OfferMonths = 1;
        try
        {
            await CreateDeriver(_engine, options).DeriveAsync(fullRebuild: true);
            Assert.Empty(await OffersAsync(202503));
            Assert.NotEmpty(await QueryAsync(_engine, "SELECT * FROM mart.NextBestOffer WHERE YearMonthKey = 202504"));
        }
        finally
        {
            await CreateDeriver(_engine, Options).DeriveAsync(fullRebuild: true);
        }
    }

    [Fact]
    public void Options_OutOfRange_NameTheKey()
    {
        var failures = new SnapshotOptions { AffinityWindowMonths = 0, AffinityMinPairOrders = 1, OffersPerCustomer = 0, AffinityLevel = (AffinityLevel)7, OfferMonths = 0 }.Validate();
        Assert.Contains(failures, f => f.StartsWith("Snapshot:AffinityWindowMonths must be between 1 and 120, was 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Snapshot:AffinityMinPairOrders must be between 2", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Snapshot:OffersPerCustomer must be between 1 and 20, was 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Snapshot:OfferMonths must be between 1 and 120, was 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Snapshot:AffinityLevel must be Product or Category, was 7", StringComparison.Ordinal));
        Assert.Contains(("AffinityLevel", 1m), new SnapshotOptions { AffinityLevel = AffinityLevel.Category }.ViewSettings());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    private static string Line(string order, int line, string day, int customer, int product, int quantity) =>
        $"('{order}', {line}, TIMESTAMP '{day} 10:00:00', {day.Replace("-", "", StringComparison.Ordinal)}, {customer}, {product}, 1, {quantity}, 10, 0, 0, 4, 'GBP', 0, 0, 1)";

    private static readonly string Rows = $"""
        INSERT INTO dim.Store (StoreKey, StoreId, StoreName, Channel, Region) VALUES (1, 'S1', 'High Street', 'store', 'North');
        INSERT INTO dim.Product (ProductKey, Sku, ProductName, Category, UnitCost, ListPrice)
        VALUES (1, 'P1', 'Kettle', 'Kitchen', 4, 10), (2, 'P2', 'Mug', 'Kitchen', 4, 10), (3, 'P3', 'Tea', 'Pantry', 4, 10),
               (4, 'P4', 'Biscuits', 'Pantry', 4, 10), (5, 'P5', 'Spoon', NULL, 4, 10);
        INSERT INTO dim.Customer (CustomerKey, CustomerId, Email, EmailNormalized, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent)
        VALUES {string.Join(", ", Enumerable.Range(1, 7).Select(i => $"({i}, 'C{i}', 'c{i}@x.com', 'c{i}@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true)"))};
        INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, DiscountAmount, TaxAmount, UnitCost, Currency, PointsEarned, PointsRedeemed, BatchId)
        VALUES {Line("O0", 1, "2025-01-10", 4, 2, 1)}, {Line("O0", 2, "2025-01-10", 4, 5, 1)},
               {Line("O1", 1, "2025-02-03", 1, 1, 1)}, {Line("O1", 2, "2025-02-03", 1, 2, 1)},
               {Line("O2", 1, "2025-02-04", 2, 1, 1)}, {Line("O2", 2, "2025-02-04", 2, 2, 1)}, {Line("O2", 3, "2025-02-04", 2, 3, 1)},
               {Line("O3", 1, "2025-02-05", 7, 1, 1)},
               {Line("O4", 1, "2025-02-06", 3, 5, 1)}, {Line("O4", 2, "2025-02-06", 3, 5, 2)},
               {Line("O8", 1, "2025-02-07", 5, 3, 1)},
               {Line("O5", 1, "2025-03-03", 3, 1, 1)}, {Line("O5", 2, "2025-03-03", 3, 2, 1)},
               {Line("O6", 1, "2025-03-04", 4, 1, 1)}, {Line("O6", 2, "2025-03-04", 4, 3, 1)}, {Line("O6", 3, "2025-03-04", 4, 4, 1)},
               {Line("O7", 1, "2025-03-05", 1, 4, 1)},
               {Line("O10", 1, "2025-03-06", -1, 1, 1)}, {Line("O10", 2, "2025-03-06", -1, 3, 1)},
               {Line("O11", 1, "2025-03-07", 6, 2, 1)},
               {Line("O12", 1, "2025-03-08", 6, 3, 1)},
               {Line("R8", 1, "2025-03-09", 5, 3, -1)},
               {Line("O9", 1, "2025-04-10", 1, 1, 1)}, {Line("O9", 2, "2025-04-10", 1, 3, 1)};
        """;
}
