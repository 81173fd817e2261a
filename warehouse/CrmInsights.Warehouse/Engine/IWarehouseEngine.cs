using System.Data.Common;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.Warehouse.Engine;

/// <summary>
/// What differs between the warehouse engines (SQL Server, embedded DuckDB): connections, bulk
/// loads into stage tables, transactional apply steps, the warehouse-wide lock and schema
/// deployment. Statements with parameters go through <see cref="EngineCommand"/> (Dapper) on its connections. Everything else (schema, views, reference rows) comes from the one model.
/// </summary>
public interface IWarehouseEngine
{
    /// <summary>Which engine this is.</summary>
    WarehouseEngineKind Kind { get; }

    /// <summary>Where the warehouse is, for logs and messages (never contains secrets).</summary>
    string Description { get; }

    /// <summary>Opens a new connection; the caller disposes it.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or upgrades the schema to <paramref name="schema"/> (SQL Server: dacpac deploy with
    /// data-loss protection, every time; DuckDB: derived DDL), seeds reference rows and (re)creates the views.
    /// DuckDB skips all of it, without building the model, when the file already carries the schema's
    /// fingerprint and <paramref name="force"/> is false; the upgrade writes the fingerprint in its own transaction.
    /// </summary>
    Task<SchemaChangeReport> EnsureSchemaAsync(WarehouseSchemaSource schema, bool force = false, CancellationToken cancellationToken = default);

    /// <summary>Ensures the schema of an already built model (see the other overload, not forced); the caller keeps the model.</summary>
    Task<SchemaChangeReport> EnsureSchemaAsync(WarehouseModel model, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams <paramref name="rows"/> into stage.<paramref name="stageTable"/> (SqlBulkCopy with
    /// CheckConstraints / DuckDB appender). Table and column names are checked against the
    /// database's stage schema; values follow <paramref name="columns"/>; other columns take their default.
    /// Runs inside <paramref name="transaction"/> when given. Returns the rows loaded.
    /// </summary>
    Task<long> BulkLoadAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string stageTable,
        IReadOnlyList<string> columns,
        IEnumerable<object?[]> rows,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs an apply step in one transaction on a new connection: committed when
    /// <paramref name="apply"/> returns, rolled back when it throws.
    /// </summary>
    Task<T> RunInTransactionAsync<T>(
        Func<DbConnection, DbTransaction, CancellationToken, Task<T>> apply,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the warehouse-wide exclusive lock (one loader at a time), waiting up to
    /// <paramref name="timeout"/>; throws <see cref="WarehouseLockTimeoutException"/> when it stays taken.
    /// Disposing the result releases it.
    /// </summary>
    Task<IAsyncDisposable> AcquireLockAsync(TimeSpan timeout, CancellationToken cancellationToken = default);
}
