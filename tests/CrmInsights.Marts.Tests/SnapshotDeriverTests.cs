using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

public sealed class SnapshotDeriverTests(MartFixture fixture) : IClassFixture<MartFixture>
{
    private const string SnapshotRows = """
        SELECT YearMonthKey, CustomerId, CustomerKey, Orders, Units, Revenue, Margin, FirstPurchaseDateKey, LastPurchaseDateKey,
            CohortYearMonthKey, RecencyDays, Frequency, MonetaryValue, RScore, FScore, MScore, RfmSegment, RelationshipStage,
            IsActive, IsNew, IsLapsed, HistoricalClv, PredictedClv12m, ExpectedPurchases12m, ProbabilityAlive, EngagementScore,
            ModelFitKey, FirstPurchaseStoreKey, LastPurchaseStoreKey
        FROM fact.CustomerMonth ORDER BY YearMonthKey, CustomerId
        """;

    [Fact]
    public async Task DeriveAsync_RerunFullRebuildAndNewBatch_IdempotentAndIncremental()
    {
        // First derive (in the fixture): Jan C1, C2; Feb C1, C2, C4, C5; Mar C1..C5 = 11 rows.
        Assert.Equal(202501, fixture.FirstDerive.FromMonth);
        Assert.Equal(202503, fixture.FirstDerive.ToMonth);
        Assert.Equal(11, fixture.FirstDerive.Rows);
        var before = Render(await fixture.QueryAsync(SnapshotRows));

        var again = await fixture.CreateDeriver(Options).DeriveAsync();
        Assert.Null(again.FromMonth);

        var full = await fixture.CreateDeriver(Options).DeriveAsync(fullRebuild: true);
        Assert.Equal(11, full.Rows);
        Assert.Equal(before, Render(await fixture.QueryAsync(SnapshotRows)));

        // A new batch with a March purchase by C5 rebuilds March only; January stays as it was.
        await fixture.ExecuteAsync("""
            INSERT INTO etl.Batch (BatchId, Source, Entity, ContentHash, StartedAtUtc, Status) VALUES (3, 'pos', 'order_lines', 'h3', TIMESTAMP '2025-03-22 22:00:00', 'Succeeded');
            INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, UnitCost, Currency, BatchId)
            VALUES ('O8', 1, TIMESTAMP '2025-03-20 12:00:00', 20250320, 5, 1, 2, 1, 15, 4, 'GBP', 3);
            """);
        var incremental = await fixture.CreateDeriver(Options).DeriveAsync();
        Assert.Equal(202503, incremental.FromMonth);
        Assert.Equal(5, incremental.Rows);
        var c5 = await fixture.SingleAsync("SELECT IsActive, IsNew, Revenue FROM fact.CustomerMonth WHERE YearMonthKey = 202503 AND CustomerId = 'C5'");
        Assert.True((bool)c5["IsActive"]!);
        Assert.True((bool)c5["IsNew"]!);
        Assert.Equal(15m, Dec(c5["Revenue"]));
    }

    private static List<string> Render(List<Dictionary<string, object?>> rows) =>
        [.. rows.Select(r => string.Join("|", r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))))];
}
