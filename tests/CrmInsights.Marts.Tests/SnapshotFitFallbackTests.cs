using System.Globalization;
using System.Text;
using CrmInsights.Analytics.Snapshot;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace CrmInsights.Marts.Tests;

/// <summary>
/// The derive with data the CLV models cannot fit (issue 11, items 6 and 7), at the default
/// Snapshot:MinimumRepeatBuyersForFit: a heavy spend tail (Gamma-Gamma q &lt;= 1) or identical spends
/// never abort the derive and are never stored as converged; a flagged month keeps the previous valid
/// model; customers whose purchases were all worth £0 still get P(alive).
/// </summary>
public sealed class SnapshotFitFallbackTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task DeriveAsync_HeavySpendTail_FinishesAndFlagsInfiniteMeanSpend()
    {
        var engine = await CreateAsync("heavy.duckdb", 300, (c, rng) => Spend(rng, heavyTail: true, c));

        await DeriveAsync(engine);

        var fit = await SingleAsync(engine, "SELECT CAST(Converged AS int) || '|' || FitStatus || '|' || FitNote FROM fact.ModelFit WHERE CalibrationEndDateKey = 20250131");
        Assert.StartsWith("0|Incomplete|", fit);
        Assert.Contains("<= 1", fit);
        Assert.Contains("no earlier valid Gamma-Gamma fit", fit);
        // BG/NBD needs no money: every buyer has P(alive); CLV waits for a usable spend model.
        Assert.Equal("300|300|0", await SingleAsync(engine,
            "SELECT CAST(COUNT(*) AS varchar) || '|' || CAST(COUNT(ProbabilityAlive) AS varchar) || '|' || CAST(COUNT(PredictedClv12m) AS varchar) FROM fact.CustomerMonth WHERE YearMonthKey = 202501"));
    }

    [Fact]
    public async Task DeriveAsync_IdenticalSpends_DegenerateSpendFitNotStoredAsConverged()
    {
        var engine = await CreateAsync("same.duckdb", 200, (_, _) => 10m);

        await DeriveAsync(engine);

        Assert.Equal("0", await SingleAsync(engine, """
            SELECT CAST(COUNT(*) AS varchar) FROM fact.ModelFit AS f INNER JOIN fact.ModelFitParameter AS p ON p.ModelFitKey = f.ModelFitKey
            WHERE f.Converged AND p.ParameterName IN ('r', 'alpha', 'a', 'b', 'p', 'q', 'gamma') AND (p.ParameterValue > 1e5 OR p.ParameterValue < 1e-5)
            """));
        var fit = await SingleAsync(engine, "SELECT CAST(Converged AS int) || '|' || FitStatus || '|' || FitNote FROM fact.ModelFit");
        Assert.StartsWith("0|Incomplete|", fit);
        Assert.Contains("Gamma-Gamma: no finite maximum", fit);
        Assert.Equal("0", await SingleAsync(engine, "SELECT CAST(COUNT(*) AS varchar) FROM fact.ModelFitParameter WHERE ParameterName IN ('p', 'q', 'gamma')"));
    }

    [Fact]
    public async Task DeriveAsync_FlaggedMonth_KeepsThePreviousValidModel()
    {
        // January: a spend model with a finite mean; February adds heavy-tailed big spenders, so February's own
        // Gamma-Gamma has q <= 1 and the month keeps January's p, q, gamma.
        var engine = await CreateAsync("fallback.duckdb", 250, (c, rng) => Spend(rng, heavyTail: false, c));
        await MartFixture.ExecuteAsync(engine, Batch(2, "2025-02-28") + Sales(new Random(5), 251, 700, new DateOnly(2025, 2, 1), 2, (c, rng) => Spend(rng, heavyTail: true, c)));

        await DeriveAsync(engine);

        var rows = await QueryAsync(engine, """
            SELECT CAST(f.CalibrationEndDateKey AS varchar) || '|' || f.FitStatus || '|' || CAST(COALESCE(f.FallbackModelFitKey, 0) AS varchar) || '|' || CAST(f.ModelFitKey AS varchar)
            FROM fact.ModelFit AS f ORDER BY f.CalibrationEndDateKey
            """);
        Assert.Equal(2, rows.Count);
        var january = rows[0].Split('|');
        Assert.Equal(["20250131", "Fitted", "0"], january[..3]);
        Assert.Equal(["20250228", "Fallback", january[3]], rows[1].Split('|')[..3]);
        // February prices with January's spend parameters, so every February buyer has a CLV.
        Assert.Equal("0", await SingleAsync(engine, """
            SELECT CAST(COUNT(*) AS varchar) FROM fact.ModelFitParameter AS feb
            INNER JOIN fact.ModelFit AS f ON f.ModelFitKey = feb.ModelFitKey AND f.CalibrationEndDateKey = 20250228
            INNER JOIN fact.ModelFitParameter AS jan ON jan.ModelFitKey = f.FallbackModelFitKey AND jan.ParameterName = feb.ParameterName
            WHERE feb.ParameterName IN ('p', 'q', 'gamma') AND feb.ParameterValue <> jan.ParameterValue
            """));
        Assert.Equal("3", await SingleAsync(engine, """
            SELECT CAST(COUNT(*) AS varchar) FROM fact.ModelFitParameter AS p INNER JOIN fact.ModelFit AS f ON f.ModelFitKey = p.ModelFitKey
            WHERE f.CalibrationEndDateKey = 20250228 AND p.ParameterName IN ('p', 'q', 'gamma')
            """));
        Assert.Equal("0", await SingleAsync(engine, "SELECT CAST(COUNT(*) AS varchar) FROM fact.CustomerMonth WHERE YearMonthKey = 202502 AND PredictedClv12m IS NULL"));
    }

    [Fact]
    public async Task DeriveAsync_BuyersOfOnlyFreeItems_GetPAliveButNoClv()
    {
        // Customers 1..40 only ever take items worth £0 (a 100 % discount or a free sample).
        var engine = await CreateAsync("free.duckdb", 200, (c, rng) => c <= 40 ? 0m : Spend(rng, heavyTail: false, c));

        await DeriveAsync(engine);

        Assert.Equal("40|40|0", await SingleAsync(engine, """
            SELECT CAST(COUNT(*) AS varchar) || '|' || CAST(COUNT(ProbabilityAlive) AS varchar) || '|' || CAST(COUNT(PredictedClv12m) AS varchar)
            FROM fact.CustomerMonth WHERE YearMonthKey = 202501 AND CustomerId <= 'C040'
            """));
        Assert.Equal("0", await SingleAsync(engine,
            "SELECT CAST(COUNT(*) AS varchar) FROM fact.CustomerMonth WHERE YearMonthKey = 202501 AND CustomerId > 'C040' AND (ProbabilityAlive IS NULL OR PredictedClv12m IS NULL)"));
    }

    private async Task<DuckDbWarehouse> CreateAsync(string file, int customers, Func<int, Random, decimal> price)
    {
        using var model = WarehouseModel.LoadEmbedded();
        var engine = new DuckDbWarehouse(_temp.File(file));
        await engine.EnsureSchemaAsync(model);
        await MartFixture.ExecuteAsync(engine, Dimensions(900) + Batch(1, "2025-01-31") + Sales(new Random(20250101), 1, customers, new DateOnly(2025, 1, 1), 1, price));
        return engine;
    }

    // Per-customer spend scale nu ~ Gamma(q, gamma): q = 0.5 gives a tail with no finite mean; q = 4 a well-behaved one.
    private readonly Dictionary<(int, bool), double> _scales = [];

    private decimal Spend(Random rng, bool heavyTail, int customer)
    {
        if (!_scales.TryGetValue((customer, heavyTail), out double nu))
        {
            _scales[(customer, heavyTail)] = nu = heavyTail ? Gamma.Sample(rng, 0.5, 20) : Gamma.Sample(rng, 4, 30);
        }

        return Math.Clamp(Math.Round((decimal)Gamma.Sample(rng, 4, nu), 2), 0.5m, 900_000m);
    }

    private static string Dimensions(int customers)
    {
        var sql = new StringBuilder("""
            INSERT INTO dim.Store (StoreKey, StoreId, StoreName, Channel, Region) VALUES (1, 'S1', 'High Street', 'store', 'North');
            INSERT INTO dim.Product (ProductKey, Sku, ProductName, UnitCost, ListPrice) VALUES (1, 'P1', 'Widget', 0, 10);
            INSERT INTO dim.Customer (CustomerKey, CustomerId, Email, Region, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent) VALUES
            """);
        for (int c = 1; c <= customers; c++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{(c > 1 ? "," : "")}\n({c}, 'C{c:D3}', 'c{c}@example.com', 'North', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true)");
        }

        return sql.Append(";\n").ToString();
    }

    private static string Batch(int id, string day) =>
        $"INSERT INTO etl.Batch (BatchId, Source, Entity, ContentHash, StartedAtUtc, Status) VALUES ({id}, 'pos', 'order_lines', 'h{id}', TIMESTAMP '{day} 22:00:00', 'Succeeded');\n";

    // BG/NBD-shaped histories: a first purchase in the month's first 10 days, then each day a purchase with the
    // customer's own probability (3 %..25 %), and after each purchase a 20 % chance of never coming back.
    private static string Sales(Random rng, int firstCustomer, int lastCustomer, DateOnly monthStart, int batch, Func<int, Random, decimal> price)
    {
        // One multi-row INSERT: thousands of single statements make DuckDB spend seconds parsing.
        var sql = new StringBuilder("INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, UnitCost, Currency, BatchId) VALUES\n");
        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        string separator = "";
        for (int c = firstCustomer; c <= lastCustomer; c++)
        {
            double rate = 0.03 + (rng.NextDouble() * 0.22);
            bool alive = true;
            var first = monthStart.AddDays(rng.Next(10));
            for (var date = first; alive && date <= monthEnd; date = date.AddDays(1))
            {
                if (date != first && rng.NextDouble() >= rate)
                {
                    continue;
                }

                alive = date == first || rng.NextDouble() >= 0.2;
                sql.Append(CultureInfo.InvariantCulture,
                    $"{separator}('O{c}-{date:yyyyMMdd}', 1, TIMESTAMP '{date:yyyy-MM-dd} 12:00:00', {date:yyyyMMdd}, {c}, 1, 1, 1, {price(c, rng).ToString(CultureInfo.InvariantCulture)}, 0, 'GBP', {batch})");
                separator = ",\n";
            }
        }

        return sql.Append(";\n").ToString();
    }

    private async Task DeriveAsync(DuckDbWarehouse engine)
    {
        await MartFixture.CreateDeriver(engine, new SnapshotOptions()).DeriveAsync();
        foreach (var fit in await QueryAsync(engine, "SELECT * FROM fact.ModelFit ORDER BY ModelFitKey"))
        {
            output.WriteLine(fit);
        }
    }

    private static async Task<string> SingleAsync(DuckDbWarehouse engine, string sql) => Assert.Single(await QueryAsync(engine, sql));

    private static async Task<List<string>> QueryAsync(DuckDbWarehouse engine, string sql)
    {
        await using var connection = await engine.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    public void Dispose() => _temp.Dispose();
}
