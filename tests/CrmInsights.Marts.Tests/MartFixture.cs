using System.Globalization;
using CrmInsights.Analytics.Snapshot;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;
using CrmInsights.Tests.Shared;

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

    public SnapshotDeriver CreateDeriver(SnapshotOptions options) => CreateDeriver(Engine, options);

    /// <summary>A deriver on <paramref name="engine"/> as of 2025-04-01 06:00 UTC, with default CLV, RFM, stage and engagement settings.</summary>
    public static SnapshotDeriver CreateDeriver(DuckDbWarehouse engine, SnapshotOptions options) =>
        TestDerivers.Create(engine, options, new DateTimeOffset(2025, 4, 1, 6, 0, 0, TimeSpan.Zero));

    public Task ExecuteAsync(string sql) => ExecuteAsync(Engine, sql);

    public static async Task ExecuteAsync(DuckDbWarehouse engine, string sql)
    {
        await using var connection = await engine.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Rows of a query as column-name dictionaries (values as the provider returns them).</summary>
    public Task<List<Dictionary<string, object?>>> QueryAsync(string sql) => QueryAsync(Engine, sql);

    /// <summary>Rows of a query on <paramref name="engine"/> as column-name dictionaries.</summary>
    public static async Task<List<Dictionary<string, object?>>> QueryAsync(DuckDbWarehouse engine, string sql)
    {
        await using var connection = await engine.OpenConnectionAsync();
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

    private const string FixtureRows = MartFixtureRows.Sql + """
        INSERT INTO etl.Batch (BatchId, Source, Entity, FileName, ContentHash, StartedAtUtc, FinishedAtUtc, RowsRead, RowsLoaded, RowsRejected, RowsDuplicate, Status)
        VALUES (1, 'pos', 'order_lines', 'order_lines-2025-03-20.csv', 'h1', TIMESTAMP '2025-03-20 22:00:00', TIMESTAMP '2025-03-20 22:01:00', 10, 8, 2, 0, 'Succeeded'),
               (2, 'survey', 'responses', 'responses-2025-03-20.csv', 'h2', TIMESTAMP '2025-03-21 22:00:00', TIMESTAMP '2025-03-21 22:00:05', 5, 0, 5, 0, 'Failed');
        INSERT INTO etl.CheckResult (CheckName, Severity, Passed, FailedCount, CheckedAtUtc, BatchId)
        VALUES ('orders.negative_price', 'Error', false, 1, TIMESTAMP '2025-03-20 22:01:00', 1),
               ('orders.row_count', 'Info', true, 0, TIMESTAMP '2025-03-20 22:01:00', 1);
        """;
}
