using System.Diagnostics;
using System.Globalization;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Model;
using Dapper;

namespace CrmInsights.Host.Commands.Benchmark;

/// <summary>
/// The affinity phase: a synthetic DuckDB warehouse of <c>customers</c> customers over <c>months</c> months ending
/// December 2025 (<see cref="AffinityBenchmarkSql"/>), then the time to compute the co-purchase statistics
/// (mart.ProductAffinity), the offers (mart.NextBestOffer) and the action list (mart.ActionNextBestOffer) for the last
/// month, each read in full as the pack and the audience export read them.
/// </summary>
internal static class AffinityBenchmark
{
    private static readonly DateOnly LastDay = new(2025, 12, 31);

    public sealed record Figures(long Lines, int Customers, int Months, TimeSpan Load, long Pairs, TimeSpan PairsTime, long Offers, TimeSpan OffersTime, long Listed, TimeSpan ListTime);

    public static async Task<Figures> RunAsync(string folder, int customers, int months, CancellationToken ct)
    {
        var firstDay = new DateOnly(LastDay.Year, LastDay.Month, 1).AddMonths(1 - months);
        int month = (LastDay.Year * 100) + LastDay.Month, monthEnd = int.Parse(LastDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var engine = new DuckDbWarehouse(Path.Combine(folder, "affinity.duckdb"));
        using (var model = WarehouseModel.LoadEmbedded())
        {
            await engine.EnsureSchemaAsync(model, ct);
        }

        await using var connection = await engine.OpenConnectionAsync(ct);
        Task<long> Count(string sql) => connection.ExecuteScalarAsync<long>(EngineCommand.Define(WarehouseEngineKind.DuckDb, sql, null, ct, ("month", month)));
        var started = Stopwatch.GetTimestamp();
        foreach (var sql in new[] { AffinityBenchmarkSql.Stores, AffinityBenchmarkSql.Products, AffinityBenchmarkSql.Customers, AffinityBenchmarkSql.Lines, AffinityBenchmarkSql.CustomerMonths })
        {
            await connection.ExecuteAsync(EngineCommand.Define(WarehouseEngineKind.DuckDb, sql, null, ct,
                ("customers", customers), ("firstDay", firstDay.ToDateTime(TimeOnly.MinValue)), ("days", LastDay.DayNumber - firstDay.DayNumber + 1),
                ("month", month), ("monthEnd", monthEnd)));
        }

        var load = Stopwatch.GetElapsedTime(started);
        var lines = await Count(AffinityBenchmarkSql.CountLines);
        var (pairs, pairsTime) = await TimedAsync(() => Count(AffinityBenchmarkSql.Pairs));
        var (offers, offersTime) = await TimedAsync(() => Count(AffinityBenchmarkSql.Offers));
        var (listed, listTime) = await TimedAsync(() => Count(AffinityBenchmarkSql.ActionList));
        return new Figures(lines, customers, months, load, pairs, pairsTime, offers, offersTime, listed, listTime);
    }

    private static async Task<(long Value, TimeSpan Elapsed)> TimedAsync(Func<Task<long>> run)
    {
        var started = Stopwatch.GetTimestamp();
        var value = await run();
        return (value, Stopwatch.GetElapsedTime(started));
    }
}
