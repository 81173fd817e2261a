using System.Globalization;
using System.Text;
using CrmInsights.Analytics.Snapshot;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.Marts.Tests;

/// <summary>
/// A month's predictive CLV and P(alive) come from a fit on the purchases up to that month's end,
/// so rebuilding history after later data arrived gives the numbers the month had when it was current.
/// </summary>
public sealed class SnapshotFitPointInTimeTests : IDisposable
{
    private const int Customers = 150;
    private static readonly SnapshotOptions Options = new() { MinimumRepeatBuyersForFit = 5 };
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task DeriveAsync_FullRebuildAfterLaterMonths_EarlierMonthsKeepTheirOwnFit()
    {
        using var model = WarehouseModel.LoadEmbedded();
        var engine = new DuckDbWarehouse(_temp.File("fits.duckdb"));
        await engine.EnsureSchemaAsync(model);
        var (january, later) = Sales(new Random(20250101));
        await MartFixture.ExecuteAsync(engine, Dimensions() + Batch(1, "2025-01-31") + january);

        await MartFixture.CreateDeriver(engine, Options).DeriveAsync();
        var januaryWhenCurrent = await JanuaryPredictionsAsync(engine);
        Assert.True(januaryWhenCurrent.Count(p => p.Contains("|null|", StringComparison.Ordinal)) < januaryWhenCurrent.Count / 2,
            "most January customers should have a CLV prediction, so the fit ran");

        await MartFixture.ExecuteAsync(engine, Batch(2, "2025-03-31") + later);
        await MartFixture.CreateDeriver(engine, Options).DeriveAsync(fullRebuild: true);

        Assert.Equal(januaryWhenCurrent, await JanuaryPredictionsAsync(engine));
        Assert.Equal(
            ["202501:20250131", "202502:20250228", "202503:20250331"],
            await QueryAsync(engine, """
                SELECT DISTINCT CAST(m.YearMonthKey AS varchar) || ':' || CAST(f.CalibrationEndDateKey AS varchar)
                FROM fact.CustomerMonth AS m INNER JOIN fact.ModelFit AS f ON f.ModelFitKey = m.ModelFitKey
                ORDER BY 1
                """));
    }

    private static Task<List<string>> JanuaryPredictionsAsync(DuckDbWarehouse engine) => QueryAsync(engine, """
        SELECT CustomerId || '|' || COALESCE(CAST(PredictedClv12m AS varchar), 'null') || '|' || COALESCE(CAST(ProbabilityAlive AS varchar), 'null')
            || '|' || COALESCE(CAST(ExpectedPurchases12m AS varchar), 'null')
        FROM fact.CustomerMonth WHERE YearMonthKey = 202501 ORDER BY CustomerId
        """);

    private static string Dimensions()
    {
        var sql = new StringBuilder("""
            INSERT INTO dim.Store (StoreKey, StoreId, StoreName, Channel, Region) VALUES (1, 'S1', 'High Street', 'store', 'North');
            INSERT INTO dim.Product (ProductKey, Sku, ProductName, UnitCost, ListPrice) VALUES (1, 'P1', 'Widget', 4, 10);
            INSERT INTO dim.Customer (CustomerKey, CustomerId, Email, Region, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent) VALUES
            """);
        for (int c = 1; c <= Customers; c++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{(c > 1 ? "," : "")}\n({c}, 'C{c:D3}', 'c{c}@example.com', 'North', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true)");
        }

        return sql.Append(";\n").ToString();
    }

    private static string Batch(int id, string day) =>
        $"INSERT INTO etl.Batch (BatchId, Source, Entity, ContentHash, StartedAtUtc, Status) VALUES ({id}, 'pos', 'order_lines', 'h{id}', TIMESTAMP '{day} 22:00:00', 'Succeeded');\n";

    // BG/NBD-shaped histories: each customer buys on a day with its own probability (2%..12%) and,
    // after each purchase, drops out for good with probability 0.25; spend 10..100; January to March 2025.
    private static (string January, string Later) Sales(Random random)
    {
        var january = new StringBuilder();
        var later = new StringBuilder();
        for (int c = 1; c <= Customers; c++)
        {
            double rate = 0.02 + (random.NextDouble() * 0.10);
            var start = new DateOnly(2025, 1, 1).AddDays(random.Next(20));
            bool alive = true;
            for (var day = start; alive && day <= new DateOnly(2025, 3, 31); day = day.AddDays(1))
            {
                if (random.NextDouble() >= rate)
                {
                    continue;
                }

                alive = random.NextDouble() >= 0.25;

                int price = 10 + random.Next(91);
                var target = day.Month == 1 ? january : later;
                target.Append(CultureInfo.InvariantCulture,
                    $"INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, UnitCost, Currency, BatchId) VALUES ('O{c}-{day:yyyyMMdd}', 1, TIMESTAMP '{day:yyyy-MM-dd} 12:00:00', {day:yyyyMMdd}, {c}, 1, 1, 1, {price}, 4, 'GBP', {(day.Month == 1 ? 1 : 2)});\n");
            }
        }

        return (january.ToString(), later.ToString());
    }

    private static async Task<List<string>> QueryAsync(DuckDbWarehouse engine, string sql)
    {
        await using var connection = await engine.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    public void Dispose() => _temp.Dispose();
}
