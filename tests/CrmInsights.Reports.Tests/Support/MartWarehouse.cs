using System.Globalization;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;
using CrmInsights.Tests.Shared;

namespace CrmInsights.Reports.Tests.Support;

/// <summary>
/// A DuckDB warehouse file with the schema and a small hand-built fixture (the marts tests' rows,
/// copied, plus hand-written March snapshot rows instead of the deriver). Shared as a linked file
/// with the Host tests.
/// </summary>
/// <remarks>
/// Stores S1 (store, North), S2 (online, South). Orders: Jan O1 C1 S1 20, O2 C2 S2 25; Feb O3 C1 S2 40, O4 C4 S1 -10
/// (return only); Mar O5 C2 S2 30, O6 anonymous S1 50, O7 C3 S1 20 (first purchase). So March net revenue is
/// 100 (S1 70, S2 30), active customers C2 and C3 (S1: C3 only), new C3. March NPS answers 6, 8, 3, 10: NPS -25.
/// March snapshot: C1 home store S2 (R3 F4 Loyal), C2 S2 (R4 F4 Loyal), C3 S1 (R5 F1 New).
/// Detractor R7 (C1, NPS 3, 2025-03-18, no follow-up) is on the detractor list; C1's home store is S2.
/// </remarks>
public static class MartWarehouse
{
    /// <summary>Creates the warehouse. Loads finished at <paramref name="loadedAtUtc"/>; <paramref name="healthy"/> false adds a failing error check and a failed survey load.</summary>
    public static async Task<DuckDbWarehouse> CreateAsync(string path, DateTime loadedAtUtc, bool healthy)
    {
        using var model = WarehouseModel.LoadEmbedded();
        var engine = new DuckDbWarehouse(path);
        await engine.EnsureSchemaAsync(model);
        await ExecuteAsync(engine, FixtureRows + Batches(loadedAtUtc, healthy));
        return engine;
    }

    public static async Task ExecuteAsync(DuckDbWarehouse engine, string sql)
    {
        await using var connection = await engine.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The single value of a query.</summary>
    public static async Task<object?> ScalarAsync(DuckDbWarehouse engine, string sql)
    {
        await using var connection = await engine.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public static decimal? Dec(object? value) => value is null ? null : Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    private static string Batches(DateTime at, bool healthy)
    {
        var ts = at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var sql = $"""
            INSERT INTO etl.Batch (BatchId, Source, Entity, FileName, ContentHash, StartedAtUtc, FinishedAtUtc, RowsRead, RowsLoaded, RowsRejected, RowsDuplicate, Status)
            VALUES (1, 'pos', 'order_lines', 'order_lines-2025-03-20.csv', 'h1', TIMESTAMP '{ts}', TIMESTAMP '{ts}', 10, 8, 2, 0, 'Succeeded'),
                   (3, 'web', 'events', 'events-2025-03-20.jsonl', 'h3', TIMESTAMP '{ts}', TIMESTAMP '{ts}', 3, 3, 0, 0, 'Succeeded'),
                   (4, 'email', 'events', 'events-2025-03-20.jsonl', 'h4', TIMESTAMP '{ts}', TIMESTAMP '{ts}', 9, 9, 0, 0, 'Succeeded');
            INSERT INTO etl.CheckResult (CheckName, Severity, Passed, FailedCount, CheckedAtUtc, BatchId)
            VALUES ('orders.row_count', 'Info', true, 0, TIMESTAMP '{ts}', 1);
            """;
        return sql + (healthy
            ? $"""
              INSERT INTO etl.Batch (BatchId, Source, Entity, FileName, ContentHash, StartedAtUtc, FinishedAtUtc, RowsRead, RowsLoaded, RowsRejected, RowsDuplicate, Status)
              VALUES (2, 'survey', 'responses', 'responses-2025-03-20.csv', 'h2', TIMESTAMP '{ts}', TIMESTAMP '{ts}', 8, 8, 0, 0, 'Succeeded');
              """
            : $"""
              INSERT INTO etl.Batch (BatchId, Source, Entity, FileName, ContentHash, StartedAtUtc, FinishedAtUtc, RowsRead, RowsLoaded, RowsRejected, RowsDuplicate, Status)
              VALUES (2, 'survey', 'responses', 'responses-2025-03-20.csv', 'h2', TIMESTAMP '{ts}', TIMESTAMP '{ts}', 5, 0, 5, 0, 'Failed');
              INSERT INTO etl.CheckResult (CheckName, Severity, Passed, FailedCount, CheckedAtUtc, BatchId)
              VALUES ('orders.negative_price', 'Error', false, 1, TIMESTAMP '{ts}', 1);
              """);
    }

    private const string FixtureRows = MartFixtureRows.Sql + """
        INSERT INTO fact.CustomerMonth (YearMonthKey, CustomerId, CustomerKey, MonthEndDateKey, Orders, Units, Revenue, Margin, FirstPurchaseDateKey, LastPurchaseDateKey,
            CohortYearMonthKey, RecencyDays, Frequency, MonetaryValue, RScore, FScore, MScore, RfmSegment, IsActive, IsNew, IsLapsed, HistoricalClv, SnapshotAtUtc,
            FirstPurchaseStoreKey, LastPurchaseStoreKey)
        VALUES (202503, 'C1', 1, 20250331, 0, 0, 0, 0, 20250105, 20250210, 202501, 49, 2, 30, 3, 4, 4, 'Loyal', false, false, false, 48, TIMESTAMP '2025-04-01 06:00:00', 1, 2),
               (202503, 'C2', 2, 20250331, 1, 3, 30, 18, 20250120, 20250301, 202501, 30, 2, 27.5, 4, 4, 3, 'Loyal', true, false, false, 39, TIMESTAMP '2025-04-01 06:00:00', 2, 2),
               (202503, 'C3', 3, 20250331, 1, 1, 20, 16, 20250320, 20250320, 202503, 11, 1, 20, 5, 1, 2, 'New', true, true, false, 16, TIMESTAMP '2025-04-01 06:00:00', 1, 1);
        """;
}
