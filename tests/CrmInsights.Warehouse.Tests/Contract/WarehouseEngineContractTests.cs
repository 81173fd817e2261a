using System.Data.Common;
using System.Globalization;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.ReferenceData;
using Dapper;

namespace CrmInsights.Warehouse.Tests.Contract;

/// <summary>
/// The behaviour every warehouse engine must share. Runs against DuckDB in the fast tests and
/// against SQL Server in CrmInsights.Warehouse.LiveTests (skipped, with the reason, without one).
/// Each test gets a freshly initialised warehouse from <see cref="CreateEngineAsync"/>.
/// </summary>
public abstract class WarehouseEngineContractTests
{
    /// <summary>A warehouse with the current schema and reference rows, not shared with other tests.</summary>
    protected abstract Task<IWarehouseEngine> CreateEngineAsync();

    /// <summary>The model the engine was initialised from.</summary>
    protected abstract WarehouseModel Model { get; }

    /// <summary>Skips the test (with the reason) when the engine is unavailable here.</summary>
    protected virtual void SkipIfUnavailable()
    {
    }

    [SkippableFact]
    public async Task EnsureSchema_RunTwice_LeavesReferenceRowsOnce()
    {
        SkipIfUnavailable();
        var engine = await CreateEngineAsync();

        await engine.EnsureSchemaAsync(Model);

        await using var connection = await engine.OpenConnectionAsync();
        Assert.Equal((long)(DateDimension.Last.DayNumber - DateDimension.First.DayNumber + 1), await ScalarAsync(connection, null, "SELECT COUNT(*) FROM dim.Date"));
        Assert.Equal(1L, await ScalarAsync(connection, null, "SELECT COUNT(*) FROM dim.Customer WHERE CustomerKey = -1"));
        Assert.Equal(5L, await ScalarAsync(connection, null, "SELECT COUNT(*) FROM dim.Touchpoint"));
    }

    [SkippableFact]
    public async Task BulkLoad_StreamedRows_LandInStageTableWithDefaults()
    {
        SkipIfUnavailable();
        var engine = await CreateEngineAsync();
        const int count = 2500;

        await using var connection = await engine.OpenConnectionAsync();
        var loaded = await engine.BulkLoadAsync(
            connection,
            null,
            "PosOrderLine",
            ["BatchId", "RowNumber", "OrderId", "LineNumber", "OrderedAtUtc", "DateKey", "StoreId", "Sku", "Quantity", "UnitPrice"],
            OrderLines(batchId: 7, count));

        Assert.Equal(count, loaded);
        Assert.Equal((long)count, await ScalarAsync(connection, null, "SELECT COUNT(*) FROM stage.PosOrderLine WHERE BatchId = 7"));
        Assert.Equal(Enumerable.Range(1, count).Sum(i => (long)(i % 5) - 1), await ScalarAsync(connection, null, "SELECT CAST(SUM(Quantity) AS bigint) FROM stage.PosOrderLine WHERE BatchId = 7"));
        Assert.Equal(0L, await ScalarAsync(connection, null, "SELECT COUNT(*) FROM stage.PosOrderLine WHERE CustomerId IS NOT NULL OR DiscountAmount IS NOT NULL"));
    }

    [SkippableFact]
    public async Task BulkLoad_UnknownColumn_ThrowsNamingIt()
    {
        SkipIfUnavailable();
        var engine = await CreateEngineAsync();
        await using var connection = await engine.OpenConnectionAsync();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => engine.BulkLoadAsync(connection, null, "PosOrderLine", ["BatchId", "Nope; DROP TABLE x"], [[1L, "x"]]));

        Assert.Contains("Nope; DROP TABLE x", ex.Message);
        Assert.Contains("OrderId", ex.Message);
    }

    [SkippableFact]
    public async Task BulkLoad_TableOutsideStage_Throws()
    {
        SkipIfUnavailable();
        var engine = await CreateEngineAsync();
        await using var connection = await engine.OpenConnectionAsync();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => engine.BulkLoadAsync(connection, null, "Customer", ["CustomerId"], [["c1"]]));

        Assert.Contains("PosCustomer", ex.Message);
    }

    [SkippableFact]
    public async Task RunInTransaction_ApplyThrows_RollsBackBulkLoadAndInserts()
    {
        SkipIfUnavailable();
        var engine = await CreateEngineAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.RunInTransactionAsync<int>(async (connection, transaction, ct) =>
        {
            await engine.BulkLoadAsync(connection, transaction, "PosOrderLine", ["BatchId", "RowNumber", "OrderId", "LineNumber", "OrderedAtUtc", "DateKey", "StoreId", "Sku", "Quantity", "UnitPrice"], OrderLines(9, 10), ct);
            await InsertWatermarkAsync(engine, connection, transaction, "pos", "orders");
            throw new InvalidOperationException("apply failed");
        }));

        await using var check = await engine.OpenConnectionAsync();
        Assert.Equal(0L, await ScalarAsync(check, null, "SELECT COUNT(*) FROM stage.PosOrderLine WHERE BatchId = 9"));
        Assert.Equal(0L, await ScalarAsync(check, null, "SELECT COUNT(*) FROM etl.Watermark"));
    }

    [SkippableFact]
    public async Task RunInTransaction_ApplyReturns_Commits()
    {
        SkipIfUnavailable();
        var engine = await CreateEngineAsync();

        var result = await engine.RunInTransactionAsync(async (connection, transaction, ct) =>
        {
            await InsertWatermarkAsync(engine, connection, transaction, "web", "events");
            return 42;
        });

        Assert.Equal(42, result);
        await using var check = await engine.OpenConnectionAsync();
        Assert.Equal(1L, await ScalarAsync(check, null, "SELECT COUNT(*) FROM etl.Watermark WHERE Source = 'web'"));
    }

    [SkippableFact]
    public async Task AcquireLock_WhileHeld_SecondWaitTimesOutUntilReleased()
    {
        SkipIfUnavailable();
        var engine = await CreateEngineAsync();

        var first = await engine.AcquireLockAsync(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<WarehouseLockTimeoutException>(() => engine.AcquireLockAsync(TimeSpan.FromMilliseconds(300)));
        await first.DisposeAsync();
        var second = await engine.AcquireLockAsync(TimeSpan.FromSeconds(5));
        await second.DisposeAsync();
    }

    [SkippableFact]
    public async Task MartBatchSummary_Batches_AggregatesPerSourceAndEntity()
    {
        SkipIfUnavailable();
        var engine = await CreateEngineAsync();
        var start = new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        await using var connection = await engine.OpenConnectionAsync();
        await InsertBatchAsync(engine, connection, "pos", "order_lines", "Succeeded", 100, 95, 5, 0, start);
        await InsertBatchAsync(engine, connection, "pos", "order_lines", "Failed", 50, 0, 3, 0, start.AddHours(1));
        await InsertBatchAsync(engine, connection, "web", "events", "Succeeded", 10, 10, 0, 2, start.AddHours(2));

        var rows = await QueryAsync(connection, "SELECT Source, Entity, Batches, SucceededBatches, FailedBatches, RowsRead, RowsLoaded, RowsRejected, RowsDuplicate, RejectRate, LastSucceededAtUtc FROM mart.BatchSummary ORDER BY Source, Entity");

        Assert.Equal(2, rows.Count);
        Assert.Equal("pos|order_lines|2|1|1|150|95|8|0|0.0533|2025-03-01T08:05:00", string.Join("|", rows[0]));
        Assert.Equal("web|events|1|1|0|10|10|0|2|0.0000|2025-03-01T10:05:00", string.Join("|", rows[1]));
    }

    /// <summary>Rows for stage.PosOrderLine, produced lazily (the engine must stream them).</summary>
    protected static IEnumerable<object?[]> OrderLines(long batchId, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return [batchId, (long)i, $"O{i / 3}", (i % 3) + 1, new DateTime(2025, 3, 1, 10, 0, 0, DateTimeKind.Utc).AddMinutes(i), 20250301, "S1", $"SKU{i % 7}", (i % 5) - 1, 9.99m];
        }
    }

    // Through the one command helper, so the contract covers it on every engine (DuckDB here, SQL Server in LiveTests).
    private static Task<int> InsertWatermarkAsync(IWarehouseEngine engine, DbConnection connection, DbTransaction transaction, string source, string entity) =>
        connection.ExecuteAsync(EngineCommand.Define(engine.Kind,
            "INSERT INTO etl.Watermark (Source, Entity, WatermarkValue, UpdatedAtUtc) VALUES (@source, @entity, @value, @at)", transaction, default,
            ("source", source), ("entity", entity), ("value", "2025-03-01T00:00:00Z"), ("at", new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc))));

    private static Task<int> InsertBatchAsync(IWarehouseEngine engine, DbConnection connection, string source, string entity, string status, long read, long loaded, long rejected, long duplicates, DateTime started) =>
        connection.ExecuteAsync(EngineCommand.Define(engine.Kind, """
            INSERT INTO etl.Batch (Source, Entity, FileName, ContentHash, StartedAtUtc, FinishedAtUtc, RowsRead, RowsLoaded, RowsRejected, RowsDuplicate, Status)
            VALUES (@source, @entity, @file, @hash, @started, @finished, @read, @loaded, @rejected, @duplicates, @status)
            """, null, default,
            ("source", source), ("entity", entity), ("file", $"{entity}-2025-03-01.csv"), ("hash", new string('a', 64)),
            ("started", started), ("finished", started.AddMinutes(5)), ("read", read), ("loaded", loaded),
            ("rejected", rejected), ("duplicates", duplicates), ("status", status)));

    protected static async Task<long> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Rows as invariant strings (timestamps ISO 8601 to the second, decimals as stored), so engines compare equal.</summary>
    protected static async Task<List<string?[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                {
                    DateTime t => t.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                    decimal d => d.ToString("0.0000", CultureInfo.InvariantCulture),
                    var v => Convert.ToString(v, CultureInfo.InvariantCulture),
                };
            }

            rows.Add(row);
        }

        return rows;
    }
}
