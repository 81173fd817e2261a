using System.Text.Json;
using CrmInsights.Analytics.Snapshot;
using CrmInsights.Demo;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;
using DuckDB.NET.Data;
using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

/// <summary>
/// Recovery on generated data: the demo generator plants co-purchase pairs (ground-truth.json, co_purchase); its order
/// lines read straight into fact.SalesLine (the ETL is tested elsewhere), the strongest pairs of mart.ProductAffinity in the
/// last month are exactly the planted ones, and customers who kept an anchor without ever owning its partner are offered it.
/// </summary>
public sealed class GeneratedAffinityTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();
    private DuckDbWarehouse _engine = null!;
    private HashSet<(string Anchor, string Partner)> _planted = null!;

    public async Task InitializeAsync()
    {
        var options = new DemoOptions { Customers = 2_000, Months = 12, Seed = 7, OutputDirectory = _temp.File("demo") };
        DemoGenerator.Generate(options);
        using (var truth = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(options.OutputDirectory, "ground-truth.json"))))
        {
            _planted = [.. truth.RootElement.GetProperty("co_purchase").GetProperty("pairs").EnumerateArray()
                .Select(p => (p.GetProperty("anchor_sku").GetString()!, p.GetProperty("partner_sku").GetString()!))];
        }

        using var model = WarehouseModel.LoadEmbedded();
        _engine = new DuckDbWarehouse(_temp.File("generated.duckdb"));
        await _engine.EnsureSchemaAsync(model);
        await using (var connection = await _engine.OpenConnectionAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = LoadSql;
            command.Parameters.Add(new DuckDBParameter("products", Path.Combine(options.OutputDirectory, "inbox", "pos", "products-*.csv")));
            command.Parameters.Add(new DuckDBParameter("lines", Path.Combine(options.OutputDirectory, "inbox", "pos", "order_lines-*.csv")));
            await command.ExecuteNonQueryAsync();
        }

        await CreateDeriver(_engine, new SnapshotOptions()).DeriveAsync();
    }

    [Fact]
    public async Task TopPairsByLift_LastMonth_AreThePlantedPairs()
    {
        Assert.Equal(5, _planted.Count);
        var rows = await QueryAsync(_engine, """
            SELECT a.ItemA, a.ItemB, a.Lift, a.Confidence, a.OrdersWithA, a.OrdersWithB, a.Orders FROM mart.ProductAffinity AS a
            WHERE a.YearMonthKey = (SELECT MAX(m.YearMonthKey) FROM mart.Month AS m) AND a.IsSmallSample = 0
            ORDER BY a.Lift DESC, a.ItemA, a.ItemB
            """);
        // Lift is symmetric: each planted pair is the top twice, once each way.
        var top = rows.Take(2 * _planted.Count).Select(r => Pair((string)r["ItemA"]!, (string)r["ItemB"]!)).ToHashSet();
        Assert.Equal(_planted.Select(p => Pair(p.Anchor, p.Partner)).ToHashSet(), top);
        // Confidence anchor -> partner is the planted 0.5 plus at most the partner's base rate, within three binomial
        // standard errors of the anchor's order count.
        foreach (var (anchor, partner) in _planted)
        {
            var r = rows.Single(x => (string)x["ItemA"]! == anchor && (string)x["ItemB"]! == partner);
            double n = Num(r["OrdersWithA"]), baseRate = (double)Num(r["OrdersWithB"]) / Num(r["Orders"]), margin = 3 * 0.5 / Math.Sqrt(n);
            Assert.InRange((double)Dec(r["Confidence"])!.Value, 0.5 - margin, 0.5 + baseRate + margin);
        }
    }

    [Fact]
    public async Task Offers_KeptAnchorNeverOwnedPartner_GetThePartnerFirst()
    {
        var offers = await QueryAsync(_engine, """
            SELECT o.CustomerId, o.OfferItem, o.BecauseItem, o.OfferRank FROM mart.NextBestOffer AS o
            WHERE o.YearMonthKey = (SELECT MAX(m.YearMonthKey) FROM mart.Month AS m)
            """);
        var planted = offers.Where(o => _planted.Contains(((string)o["BecauseItem"]!, (string)o["OfferItem"]!))).ToList();
        Assert.NotEmpty(planted);
        // The planted partner is its anchor's strongest partner (0.5 against chance), so it leads the customer's offers
        // unless the customer kept two anchors.
        Assert.True(planted.Count(o => Num(o["OfferRank"]) == 1) >= 0.9 * planted.Count, $"{planted.Count(o => Num(o["OfferRank"]) == 1)} of {planted.Count} planted offers first");
        Assert.DoesNotContain(offers, o => (string)o["OfferItem"]! == (string)o["BecauseItem"]!);
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    // Business dates are the first 10 characters of the local ISO timestamps; every line goes to one store. Two returned
    // lines of one order share the natural key R<order>/1 in the files (the ETL keeps the later as a correction): so here.
    private const string LoadSql = """
        INSERT INTO dim.Store (StoreKey, StoreId, StoreName, Channel, Region) VALUES (1, 'S1', 'All stores', 'store', 'North');
        INSERT INTO dim.Product (ProductKey, Sku, ProductName, Category, UnitCost, ListPrice)
        SELECT CAST(substr(sku, 5) AS int), sku, MIN(name), MIN(category), MIN(unit_cost), MIN(list_price)
        FROM read_csv($products, header = true, all_varchar = true) GROUP BY sku;
        CREATE TEMP TABLE lines AS SELECT * FROM read_csv($lines, header = true, all_varchar = true);
        INSERT INTO dim.Customer (CustomerKey, CustomerId, Email, EmailNormalized, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent)
        SELECT CAST(row_number() OVER (ORDER BY customer_id) AS int), customer_id, NULL, NULL, true, TIMESTAMP '2000-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true
        FROM (SELECT DISTINCT customer_id FROM lines WHERE customer_id IS NOT NULL);
        INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, DiscountAmount, TaxAmount, UnitCost, Currency, PointsEarned, PointsRedeemed, BatchId)
        SELECT l.order_id, CAST(l.line_number AS int), CAST(substr(l.ordered_at, 1, 19) AS TIMESTAMP), CAST(replace(substr(l.ordered_at, 1, 10), '-', '') AS int),
               COALESCE(c.CustomerKey, -1), CAST(substr(l.sku, 5) AS int), 1, CAST(l.quantity AS int), CAST(l.unit_price AS decimal(19, 4)),
               CAST(l.discount_amount AS decimal(19, 4)), 0, CAST(l.unit_cost AS decimal(19, 4)), 'GBP', 0, 0, 1
        FROM lines AS l
        LEFT JOIN dim.Customer AS c ON c.CustomerId = l.customer_id
        QUALIFY row_number() OVER (PARTITION BY l.order_id, l.line_number ORDER BY l.ordered_at DESC) = 1;
        """;
}
