using System.Globalization;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;

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

    private const string FixtureRows = """
        INSERT INTO dim.Store (StoreKey, StoreId, StoreName, Channel, Region) VALUES (1, 'S1', 'High Street', 'store', 'North'), (2, 'S2', 'Web shop', 'online', 'South');
        INSERT INTO dim.Product (ProductKey, Sku, ProductName, UnitCost, ListPrice) VALUES (1, 'P1', 'Widget', 4, 10);
        INSERT INTO dim.Customer (CustomerKey, CustomerId, LoyaltyId, Email, FirstName, LastName, BirthDate, Region, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent)
        VALUES (1, 'C1', 'L1', 'c1@example.com', 'Ann', 'One', DATE '1990-04-15', 'North', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (2, 'C2', NULL, 'c2@example.com', 'Bob', 'Two', DATE '1985-04-02', 'South', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (3, 'C3', 'L3', 'c3@example.com', 'Cy', 'Three', DATE '1970-04-10', 'North', false, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (4, 'C4', NULL, 'c4@example.com', 'Di', 'Four', NULL, 'South', false, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (5, 'C5', NULL, 'c5@example.com', 'Ed', 'Five', DATE '2000-05-01', 'South', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true);
        INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, DiscountAmount, TaxAmount, UnitCost, Currency, PointsEarned, PointsRedeemed, BatchId)
        VALUES ('O1', 1, TIMESTAMP '2025-01-05 10:00:00', 20250105, 1, 1, 1, 2, 10, 0, 0, 4, 'GBP', 20, 0, 1),
               ('O2', 1, TIMESTAMP '2025-01-20 10:00:00', 20250120, 2, 1, 2, 1, 30, 5, 0, 4, 'GBP', 25, 0, 1),
               ('O3', 1, TIMESTAMP '2025-02-10 10:00:00', 20250210, 1, 1, 2, 1, 40, 0, 0, 4, 'GBP', 10, 20, 1),
               ('O4', 1, TIMESTAMP '2025-02-10 11:00:00', 20250210, 4, 1, 1, -1, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('O5', 1, TIMESTAMP '2025-03-01 10:00:00', 20250301, 2, 1, 2, 3, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('O6', 1, TIMESTAMP '2025-03-15 10:00:00', 20250315, -1, 1, 1, 1, 50, 0, 0, NULL, 'GBP', 0, 0, 1),
               ('O7', 1, TIMESTAMP '2025-03-20 10:00:00', 20250320, 3, 1, 1, 1, 20, 0, 0, 4, 'GBP', 0, 0, 1);
        INSERT INTO fact.SurveyResponse (ResponseId, RecordedAtUtc, DateKey, CustomerKey, TouchpointKey, Nps, Csat, Ces, IsComplaint, ResolvedAtUtc, ResolvedDateKey, ResolutionHours, Comment, BatchId)
        VALUES ('R1', TIMESTAMP '2025-02-12 09:00:00', 20250212, 1, 1, 10, 5, 6, false, NULL, NULL, NULL, NULL, 1),
               ('R2', TIMESTAMP '2025-02-15 09:00:00', 20250215, 2, 2, 9, 4, 3, false, NULL, NULL, NULL, NULL, 1),
               ('R3', TIMESTAMP '2025-02-20 09:00:00', 20250220, 5, 3, 4, 2, NULL, true, TIMESTAMP '2025-02-20 19:00:00', 20250220, 10, 'late', 1),
               ('R4', TIMESTAMP '2025-02-25 09:00:00', 20250225, -1, 4, 10, NULL, NULL, false, NULL, NULL, NULL, NULL, 1),
               ('R5', TIMESTAMP '2025-03-05 09:00:00', 20250305, 2, 1, 6, NULL, NULL, true, TIMESTAMP '2025-03-07 21:00:00', 20250307, 60, NULL, 1),
               ('R6', TIMESTAMP '2025-03-10 09:00:00', 20250310, 3, 2, 8, NULL, NULL, true, TIMESTAMP '2025-03-11 05:00:00', 20250311, 20, NULL, 1),
               ('R7', TIMESTAMP '2025-03-18 09:00:00', 20250318, 1, 2, 3, NULL, NULL, true, NULL, NULL, NULL, '=HYPERLINK("x")', 1),
               ('R8', TIMESTAMP '2025-03-19 09:00:00', 20250319, 3, 2, 10, NULL, NULL, false, NULL, NULL, NULL, NULL, 1);
        INSERT INTO fact.WebSession (UserPseudoId, GaSessionId, SessionStartUtc, SessionEndUtc, DateKey, CustomerKey, EventCount, PageViews, EngagementTimeMsec, IsEngaged, HasPurchase, BatchId)
        VALUES ('u1', 1, TIMESTAMP '2025-01-10 10:00:00', TIMESTAMP '2025-01-10 10:05:00', 20250110, 1, 5, 3, 20000, true, false, 1),
               ('u2', 2, TIMESTAMP '2025-01-12 10:00:00', TIMESTAMP '2025-01-12 10:00:05', 20250112, -1, 1, 1, 2000, false, false, 1),
               ('u3', 3, TIMESTAMP '2025-02-03 10:00:00', TIMESTAMP '2025-02-03 10:09:00', 20250203, 2, 9, 4, 90000, true, true, 1);
        INSERT INTO dim.Campaign (CampaignKey, CampaignId, CampaignName, SentAtUtc, SentDateKey, Cost) VALUES (1, 'K1', 'Spring', TIMESTAMP '2025-03-02 08:00:00', 20250302, 100);
        INSERT INTO fact.EmailEvent (EventId, EventType, EventAtUtc, DateKey, CampaignKey, CustomerKey, BounceType, IsMachineOpen, BatchId)
        VALUES ('E1', 'processed', TIMESTAMP '2025-03-02 08:00:00', 20250302, 1, 1, NULL, false, 1),
               ('E2', 'delivered', TIMESTAMP '2025-03-02 08:00:01', 20250302, 1, 1, NULL, false, 1),
               ('E3', 'open', TIMESTAMP '2025-03-02 09:00:00', 20250302, 1, 1, NULL, false, 1),
               ('E4', 'click', TIMESTAMP '2025-03-03 09:00:00', 20250303, 1, 1, NULL, false, 1),
               ('E5', 'processed', TIMESTAMP '2025-03-02 08:00:00', 20250302, 1, 2, NULL, false, 1),
               ('E6', 'delivered', TIMESTAMP '2025-03-02 08:00:01', 20250302, 1, 2, NULL, false, 1),
               ('E7', 'open', TIMESTAMP '2025-03-02 08:00:02', 20250302, 1, 2, NULL, true, 1),
               ('E8', 'processed', TIMESTAMP '2025-03-02 08:00:00', 20250302, 1, 3, NULL, false, 1),
               ('E9', 'bounce', TIMESTAMP '2025-03-02 08:00:01', 20250302, 1, 3, 'hard', false, 1);
        INSERT INTO fact.CustomerMonth (YearMonthKey, CustomerId, CustomerKey, MonthEndDateKey, Orders, Units, Revenue, Margin, FirstPurchaseDateKey, LastPurchaseDateKey,
            CohortYearMonthKey, RecencyDays, Frequency, MonetaryValue, RScore, FScore, MScore, RfmSegment, IsActive, IsNew, IsLapsed, HistoricalClv, SnapshotAtUtc,
            FirstPurchaseStoreKey, LastPurchaseStoreKey)
        VALUES (202503, 'C1', 1, 20250331, 0, 0, 0, 0, 20250105, 20250210, 202501, 49, 2, 30, 3, 4, 4, 'Loyal', false, false, false, 48, TIMESTAMP '2025-04-01 06:00:00', 1, 2),
               (202503, 'C2', 2, 20250331, 1, 3, 30, 18, 20250120, 20250301, 202501, 30, 2, 27.5, 4, 4, 3, 'Loyal', true, false, false, 39, TIMESTAMP '2025-04-01 06:00:00', 2, 2),
               (202503, 'C3', 3, 20250331, 1, 1, 20, 16, 20250320, 20250320, 202503, 11, 1, 20, 5, 1, 2, 'New', true, true, false, 16, TIMESTAMP '2025-04-01 06:00:00', 1, 1);
        """;
}
