using System.Data.Common;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using DuckDB.NET.Data;

namespace CrmInsights.Warehouse.DuckDb;

/// <summary>The embedded DuckDB warehouse: one database file in the workspace (default warehouse.duckdb).</summary>
public sealed class DuckDbWarehouse : IWarehouseEngine
{
    private static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(100);
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly string? _memoryLimit;

    // The stage tables' columns, read once: querying the catalogue on every bulk load cost a fixed ~10-20 ms per batch.
    // They change only when the schema is ensured (a new build of the tool), which clears this.
    private Dictionary<string, List<DuckDbRowAppender.TargetColumn>>? _stageColumns;

    /// <summary>Creates the engine for a database file (created on first connection).</summary>
    /// <param name="databasePath">The warehouse file.</param>
    /// <param name="logger">Logs lock waits and schema work.</param>
    /// <param name="time">The clock whose "now" a schema apply records (etl.SchemaFingerprint.AppliedAtUtc); the system clock when null.</param>
    /// <param name="memoryLimit">DuckDB's memory_limit (<see cref="WarehouseOptions.DuckDbMemoryLimit"/>, validated there); null: DuckDB's default.</param>
    public DuckDbWarehouse(string databasePath, ILogger<DuckDbWarehouse>? logger = null, TimeProvider? time = null, string? memoryLimit = null)
    {
        _logger = logger ?? NullLogger<DuckDbWarehouse>.Instance;
        _time = time ?? TimeProvider.System;
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        _memoryLimit = memoryLimit;
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>The lock file beside the database that serialises loaders across processes.</summary>
    public string LockPath => DatabasePath + ".lock";

    /// <inheritdoc />
    public WarehouseEngineKind Kind => WarehouseEngineKind.DuckDb;

    /// <inheritdoc />
    public string Description => $"DuckDB {DatabasePath}";

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) => await OpenAsync(cancellationToken);

    /// <summary>
    /// Up to how many distinct keys a hash join hands its probe-side scan as a key list (DuckDB's
    /// <c>dynamic_or_filter_threshold</c>, 50 by default): the scan filters on the batch's own keys (row groups whose min/max
    /// exclude them are skipped). With the leading-column ART indexes an interim build had, the 100-line natural-key delete on
    /// 1 M order lines went from 78 ms to 29 ms as an index scan; those indexes are gone (not crash-safe on DuckDB:
    /// <see cref="DuckDbDdl.DropLookupIndexes"/>), the key list stays.
    /// </summary>
    internal const int DynamicKeyListLimit = 2048;

    private Task<DuckDBConnection> OpenAsync(CancellationToken cancellationToken) => OpenAsync(DatabasePath, _memoryLimit, cancellationToken);

    private static async Task<DuckDBConnection> OpenAsync(string path, string? memoryLimit, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // memory_limit in the connection string: a setting of the database instance, applied when the first connection creates
        // it (every connection of the process names the same value; SET on each new connection changed a global setting while
        // other connections ran). WarehouseOptions.Validate admits only a size or a percentage.
        var connection = new DuckDBConnection(memoryLimit is null ? $"Data Source={path}" : $"Data Source={path};memory_limit={memoryLimit}");
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var setting = connection.CreateCommand())
            {
                setting.CommandText = $"SET dynamic_or_filter_threshold = {DynamicKeyListLimit}";
                await setting.ExecuteNonQueryAsync(cancellationToken);
            }

            return connection;
        }
        catch (Exception ex)
        {
            await connection.DisposeAsync();
            if (ex is DuckDBException duck && DuckDbDurableFile.Explain(path, duck) is { } explained)
            {
                throw explained;
            }
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The change is built in a side copy and renamed into place (see <see cref="DuckDbDurableFile"/>), so no other connection to
    /// the file may be open in this process while it runs; callers ensure before they open their own connections.
    /// </remarks>
    public async Task<SchemaChangeReport> EnsureSchemaAsync(WarehouseSchemaSource schema, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        DuckDbDurableFile.RemoveStaleBuild(DatabasePath);
        var exists = File.Exists(DatabasePath);
        if (exists)
        {
            await using var connection = await OpenAsync(cancellationToken);
            if (!force && DuckDbSchemaInitializer.ReadFingerprint(connection) == schema.Fingerprint)
            {
                // The file was brought to exactly this schema by this build: nothing to run, and the model is never built.
                WarehouseLog.SchemaCurrent(_logger, Description, schema.Fingerprint);
                return SchemaChangeReport.Current(schema.Fingerprint);
            }

            // Everything committed goes into the main file before it is copied (the copy must not need the WAL).
            DuckDbDurableFile.Checkpoint(connection);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var model = schema.Model;
        var built = (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        _stageColumns = null;
        var buildPath = DuckDbDurableFile.BuildPath(DatabasePath);
        if (exists)
        {
            File.Copy(DatabasePath, buildPath, overwrite: true);
        }

        SchemaChangeReport report;
        await using (var building = await OpenAsync(buildPath, _memoryLimit, cancellationToken))
        {
            report = DuckDbSchemaInitializer.Apply(building, model, schema.Fingerprint, _time.GetUtcNow());
            DuckDbDurableFile.Checkpoint(building);
        }

        // The old file was checkpointed and closed, so a WAL beside it holds nothing committed; one left there would be
        // replayed onto the new file. Then the rename, atomic on one file system: the old file or the new one, never half.
        File.Delete(DatabasePath + ".wal");
        File.Move(buildPath, DatabasePath, overwrite: true);
        _stageColumns = null;
        WarehouseLog.SchemaEnsured(_logger, Description, report.TablesCreated.Count, report.ColumnsAdded.Count, report.SeedRowsInserted, report.ViewsCreated.Count);
        WarehouseLog.SchemaTimed(_logger, Description, built, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds - built, report.StatementsExecuted);
        return report;
    }

    /// <inheritdoc />
    public async Task<SchemaChangeReport> EnsureSchemaAsync(WarehouseModel model, CancellationToken cancellationToken = default)
    {
        using var schema = WarehouseSchemaSource.FromModel(model);
        return await EnsureSchemaAsync(schema, false, cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> BulkLoadAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string stageTable,
        IReadOnlyList<string> columns,
        IEnumerable<object?[]> rows,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (connection is not DuckDBConnection duck)
        {
            throw new ArgumentException("The connection must come from this engine's OpenConnectionAsync.", nameof(connection));
        }

        var all = _stageColumns;
        if (all is null || !all.ContainsKey(stageTable))
        {
            // Not read yet, or the table is not known (yet): read the catalogue again rather than trust the cache.
            all = DuckDbSchemaInitializer.ReadColumnList(duck, transaction)
                .Where(kv => kv.Key.StartsWith(StageColumns.Schema + ".", StringComparison.OrdinalIgnoreCase))
                .ToDictionary(kv => kv.Key[(StageColumns.Schema.Length + 1)..], kv => kv.Value, StringComparer.OrdinalIgnoreCase);
            _stageColumns = all;
        }
        var (table, resolved) = StageColumns.Resolve(
            all.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.Select(c => c.Name).ToList(), StringComparer.OrdinalIgnoreCase),
            stageTable,
            columns);

        // The appender writes in the connection's current transaction and flushes on Close.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        long count = 0;
        using var appender = new DuckDbRowAppender(duck, StageColumns.Schema, table, all[table], resolved);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Length != resolved.Count)
            {
                throw new ArgumentException($"Row {count + 1} for stage.{table} has {row.Length} values; {resolved.Count} columns were named.", nameof(rows));
            }

            appender.Append(row);
            count++;
        }

        appender.Close();
        WarehouseLog.BulkLoaded(_logger, count, table, Description, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Task.FromResult(count);
    }

    /// <inheritdoc />
    public async Task<T> RunInTransactionAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> apply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(apply);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            return await TransactionScope.CommitOrRollBackAsync(connection, transaction, apply, cancellationToken);
        }
        catch (DuckDBException ex) when (ex.ErrorType == DuckDB.NET.Native.DuckDBErrorType.OutOfMemory)
        {
            // Rolled back like any failure; the reason names the setting that decides it.
            var limit = _memoryLimit is null ? "unset, DuckDB's default of 80 % of memory" : $"'{_memoryLimit}'";
            throw new InvalidOperationException(
                $"{ex.Message} The embedded warehouse ran out of the memory it may use (Warehouse:DuckDbMemoryLimit is {limit}): raise it, or free memory on the machine, and run again.", ex);
        }
    }

    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireLockAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(LockPath)!);
        // Elapsed time, not the wall clock: a clock step while waiting neither ends nor stretches the wait.
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive OS lock (flock on Unix): it is released when the
                // process dies, so a crashed run never leaves the warehouse locked.
                var stream = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
                return new FileLock(stream);
            }
            catch (IOException) when (waiting.Elapsed < timeout)
            {
                await Task.Delay(LockPollInterval, cancellationToken);
            }
            catch (IOException ex)
            {
                WarehouseLog.LockTimedOut(_logger, Description, (long)timeout.TotalMilliseconds);
                throw new WarehouseLockTimeoutException($"The warehouse lock {LockPath} is held by another run; waited {timeout.TotalSeconds:0.#} s.", ex);
            }
        }
    }

    private sealed class FileLock(FileStream stream) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
