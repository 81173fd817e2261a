using CrmInsights.Warehouse.Model;

namespace CrmInsights.Host.Commands.Benchmark;

/// <summary>
/// The affinity phase's statements: a synthetic warehouse written by DuckDB itself (<c>range</c> and <c>hash</c> make
/// @customers customers with 1-6 orders of 1-4 lines each over @days days from @firstDay, 400 products with skewed
/// popularity, five planted pairs), then the three timed reads of the views as of @month. Listed in
/// <see cref="BenchmarkSql"/>, so the catalogue tests parse the T-SQL ones and name the DuckDB-only ones with their reason.
/// </summary>
internal static class AffinityBenchmarkSql
{
    private const string SyntheticReason =
        "the affinity benchmark writes its synthetic order lines with DuckDB's range() and hash() (and a WITH inside INSERT): millions of rows in seconds, without generating and loading files";

    public const string Stores = "INSERT INTO dim.Store (StoreKey, StoreId, StoreName, Channel, Region) VALUES (1, 'B1', 'Benchmark', 'store', 'North')";

    public const string Products = """
        INSERT INTO dim.Product (ProductKey, Sku, ProductName, Category, UnitCost, ListPrice)
        SELECT CAST(i AS int), 'SKU-' || lpad(CAST(i AS varchar), 5, '0'), 'Product ' || CAST(i AS varchar), 'Category ' || CAST(i % 12 AS varchar), 4, 10
        FROM range(1, 401) AS t(i)
        """;

    public const string Customers = """
        INSERT INTO dim.Customer (CustomerKey, CustomerId, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent)
        SELECT CAST(i AS int), 'C' || CAST(i AS varchar), true, TIMESTAMP '2000-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true
        FROM range(1, @customers + 1) AS t(i)
        """;

    // Popularity ~ u^2 over the catalogue (a long tail); an order whose first line is product 1-5 gets product +200 half the time.
    public const string Lines = """
        INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, DiscountAmount, TaxAmount, UnitCost, Currency, PointsEarned, PointsRedeemed, BatchId)
        WITH Orders AS (
            SELECT c.i AS CustomerKey, c.i * 8 + o.n AS OrderNo, CAST(@firstDay AS DATE) + CAST(hash(c.i, o.n, 1) % @days AS int) AS OrderDate
            FROM range(1, @customers + 1) AS c(i), range(0, 6) AS o(n)
            WHERE o.n <= hash(c.i, 2) % 6
        ),
        Picked AS (
            SELECT o.*, l.k, 1 + CAST(floor(400 * power((hash(o.OrderNo, l.k, 4) % 1000003) / 1000003.0, 2)) AS int) AS ProductKey
            FROM Orders AS o, range(0, 4) AS l(k)
            WHERE l.k <= hash(o.OrderNo, 3) % 4
        ),
        Planted AS (
            SELECT p.CustomerKey, p.OrderNo, p.OrderDate, 4 AS k, p.ProductKey + 200 AS ProductKey
            FROM Picked AS p
            WHERE p.k = 0 AND p.ProductKey <= 5 AND hash(p.OrderNo, 5) % 2 = 0
        )
        SELECT 'B' || CAST(x.OrderNo AS varchar), CAST(x.k + 1 AS int), CAST(x.OrderDate AS TIMESTAMP), CAST(strftime(x.OrderDate, '%Y%m%d') AS int),
               CAST(x.CustomerKey AS int), x.ProductKey, 1, 1, 10, 0, 0, 4, 'GBP', 0, 0, 1
        FROM (SELECT CustomerKey, OrderNo, OrderDate, k, ProductKey FROM Picked UNION ALL SELECT * FROM Planted) AS x
        """;

    // The snapshot month the action list is joined to; its figures are not read by the affinity views.
    public const string CustomerMonths = """
        INSERT INTO fact.CustomerMonth (YearMonthKey, CustomerId, CustomerKey, MonthEndDateKey, Orders, Units, Revenue, Margin, Frequency, MonetaryValue, IsActive, IsNew, IsLapsed, HistoricalClv, SnapshotAtUtc)
        SELECT @month, 'C' || CAST(i AS varchar), CAST(i AS int), @monthEnd, 0, 0, 0, 0, 0, 0, false, false, false, 0, TIMESTAMP '2000-01-01 00:00:00'
        FROM range(1, @customers + 1) AS t(i)
        """;

    public const string CountLines = "SELECT COUNT(*) FROM fact.SalesLine";

    public const string Pairs = "SELECT COUNT(*) FROM mart.ProductAffinity AS a WHERE a.YearMonthKey = @month";

    public const string Offers = "SELECT COUNT(*) FROM mart.NextBestOffer AS o WHERE o.YearMonthKey = @month";

    public const string ActionList = "SELECT COUNT(*) FROM mart.ActionNextBestOffer AS a WHERE a.YearMonthKey = @month";

    /// <summary>The ones ScriptDom parses (range() reads as a table-valued function there), by name.</summary>
    public static IEnumerable<KeyValuePair<string, string>> All =>
    [
        new(nameof(Stores), Stores), new(nameof(Products), Products), new(nameof(Customers), Customers), new(nameof(CustomerMonths), CustomerMonths),
        new(nameof(CountLines), CountLines), new(nameof(Pairs), Pairs), new(nameof(Offers), Offers), new(nameof(ActionList), ActionList),
    ];

    /// <summary>The DuckDB-only one, with its reason.</summary>
    public static IEnumerable<KeyValuePair<string, DuckDbOnlyStatement>> DuckDbOnly =>
    [
        new(nameof(Lines), new(Lines, "hash", SyntheticReason)),
    ];
}
