using System.Globalization;
using CrmInsights.Analytics.Clv;
using CrmInsights.Analytics.Engagement;
using CrmInsights.Analytics.Relationships;
using CrmInsights.Analytics.Rfm;
using CrmInsights.Analytics.Snapshot;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrmInsights.Marts.Tests;

/// <summary>
/// One DuckDB warehouse per test class holding the hand-built fixture below, with the snapshot
/// derived (LapseDays = 30 so lapses happen inside three months). Every expected value in the
/// tests is worked out by hand from these rows.
/// </summary>
/// <remarks>
/// Stores: S1 (store, North), S2 (online, South). Product P1 costs 4.
/// Customers: C1 member L1, opted in, born 1990-04-15; C2 opted in, born 1985-04-02;
/// C3 member L3, not opted in, born 1970-04-10; C4 only returns; C5 survey only, born 2000-05-01.
/// Orders (qty x price - discount; cost 4 per unit unless noted):
///   O1 2025-01-05 C1 S1 2 x 10 = 20, margin 12, points +20
///   O2 2025-01-20 C2 S2 1 x 30 - 5 = 25, margin 21, points +25
///   O3 2025-02-10 C1 S2 1 x 40 = 40, margin 36, points +10 / -20 redeemed
///   O4 2025-02-10 C4 S1 -1 x 10 = -10, margin -6 (return only: not a purchase)
///   O5 2025-03-01 C2 S2 3 x 10 = 30, margin 18
///   O6 2025-03-15 anonymous S1 1 x 50 = 50, line cost NULL so the product cost 4: margin 46
///   O7 2025-03-20 C3 S1 1 x 20 = 20, margin 16
/// Surveys: none in January. Feb: R1 C1 store NPS 10 CSAT 5 CES 6; R2 C2 web 9/4/3; R3 C5 email NPS 4 CSAT 2
/// complaint resolved in 10 h; R4 unknown phone NPS 10. Mar: R5 C2 store NPS 6 complaint 60 h; R6 C3 web NPS 8
/// complaint 20 h; R7 C1 web NPS 3 complaint open; R8 C3 web NPS 10.
/// Web: WS1 2025-01-10 C1 engaged; WS2 2025-01-12 anonymous not engaged; WS3 2025-02-03 C2 engaged with purchase.
/// Email campaign K1 sent 2025-03-02 cost 100: C1 processed, delivered, open, click (03-03); C2 processed,
/// delivered, machine open; C3 processed, hard bounce.
/// </remarks>
public sealed class MartFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();

    public DuckDbWarehouse Engine { get; private set; } = null!;

    public SnapshotResult FirstDerive { get; private set; } = null!;

    public static SnapshotOptions Options => new() { LapseDays = 30 };

    public async Task InitializeAsync()
    {
        using var model = WarehouseModel.LoadEmbedded();
        Engine = new DuckDbWarehouse(_temp.File("fixture.duckdb"));
        await Engine.EnsureSchemaAsync(model);
        await ExecuteAsync(FixtureRows);
        FirstDerive = await CreateDeriver(Options).DeriveAsync();
    }

    public SnapshotDeriver CreateDeriver(SnapshotOptions options)
    {
        var clv = new ClvOptions();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 4, 1, 6, 0, 0, TimeSpan.Zero));
        return new SnapshotDeriver(
            Engine,
            Microsoft.Extensions.Options.Options.Create(options),
            Microsoft.Extensions.Options.Options.Create(clv),
            new ClvModelFitter(Microsoft.Extensions.Options.Options.Create(clv), time),
            new ClvCalculator(clv),
            new RfmScorer(new RfmOptions()),
            new RelationshipStageEvaluator(new RelationshipStageOptions()),
            new EngagementScorer(new EngagementScoreOptions()),
            time);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await Engine.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Rows of a query as column-name dictionaries (values as the provider returns them).</summary>
    public async Task<List<Dictionary<string, object?>>> QueryAsync(string sql)
    {
        await using var connection = await Engine.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The single row a query returns.</summary>
    public async Task<Dictionary<string, object?>> SingleAsync(string sql) => Assert.Single(await QueryAsync(sql));

    public static decimal? Dec(object? value) => value is null ? null : Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    public static long Num(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    private const string FixtureRows = """
        INSERT INTO etl.Batch (BatchId, Source, Entity, FileName, ContentHash, StartedAtUtc, FinishedAtUtc, RowsRead, RowsLoaded, RowsRejected, RowsDuplicate, Status)
        VALUES (1, 'pos', 'order_lines', 'order_lines-2025-03-20.csv', 'h1', TIMESTAMP '2025-03-20 22:00:00', TIMESTAMP '2025-03-20 22:01:00', 10, 8, 2, 0, 'Succeeded'),
               (2, 'survey', 'responses', 'responses-2025-03-20.csv', 'h2', TIMESTAMP '2025-03-21 22:00:00', TIMESTAMP '2025-03-21 22:00:05', 5, 0, 5, 0, 'Failed');
        INSERT INTO etl.CheckResult (CheckName, Severity, Passed, FailedCount, CheckedAtUtc, BatchId)
        VALUES ('orders.negative_price', 'Error', false, 1, TIMESTAMP '2025-03-20 22:01:00', 1),
               ('orders.row_count', 'Info', true, 0, TIMESTAMP '2025-03-20 22:01:00', 1);
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
        """;
}
