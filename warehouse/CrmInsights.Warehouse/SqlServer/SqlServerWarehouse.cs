using System.Data;
using System.Data.Common;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;
using CrmInsights.Warehouse.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Data.SqlClient;

namespace CrmInsights.Warehouse.SqlServer;

/// <summary>The SQL Server warehouse, selected by ConnectionStrings:Warehouse.</summary>
public sealed class SqlServerWarehouse : IWarehouseEngine
{
    /// <summary>The sp_getapplock resource that serialises loaders.</summary>
    public const string LockResource = "CrmInsights.Warehouse";

    /// <summary>sp_getapplock's limit on @Resource.</summary>
    public const int MaxLockResourceLength = 255;

    private readonly string _connectionString;
    private readonly ILogger _logger;

    /// <summary>Creates the engine; the connection string must name the database.</summary>
    public SqlServerWarehouse(string connectionString, bool allowDataLoss = false, ILogger<SqlServerWarehouse>? logger = null)
    {
        _logger = logger ?? NullLogger<SqlServerWarehouse>.Instance;
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        _connectionString = connectionString;
        AllowDataLoss = allowDataLoss;
        var builder = new SqlConnectionStringBuilder(connectionString);
        Description = $"SQL Server {builder.DataSource} / {SqlServerDeployer.DatabaseName(connectionString)}";
    }

    /// <summary>Whether EnsureSchemaAsync may drop data (off by default).</summary>
    public bool AllowDataLoss { get; }

    /// <inheritdoc />
    public WarehouseEngineKind Kind => WarehouseEngineKind.SqlServer;

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) => await OpenAsync(cancellationToken);

    private async Task<SqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (SqlException e)
        {
            await connection.DisposeAsync();
            // An unreachable server or a refused login is the environment, not a bug: every verb exits "unavailable"
            // with this sentence (the description names server and database, never the credentials).
            throw new ExpectedFailureException(FailureKind.Environment, $"The warehouse at {Description} cannot be opened ({e.Message}).", e);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>The dacpac deployment compares the model with the database itself, so it always runs (force changes nothing).</remarks>
    public Task<SchemaChangeReport> EnsureSchemaAsync(WarehouseSchemaSource schema, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var model = schema.Model;
        var messages = new List<string>();
        return Task.Run(
            () =>
            {
                SqlServerDeployer.Deploy(_connectionString, model, AllowDataLoss, messages.Add, cancellationToken);

                // DacFx reports what it did as messages; the report keeps the headline facts.
                // Reference rows are inserted by the dacpac's post-deployment script, which does not count them.
                var report = new SchemaChangeReport(
                    messages.Where(m => m.StartsWith("Creating", StringComparison.Ordinal)).ToList(),
                    messages.Where(m => m.StartsWith("Altering", StringComparison.Ordinal)).ToList(),
                    0,
                    model.ViewScripts.Select(v => v.FullName).ToList());
                WarehouseLog.SchemaEnsured(_logger, Description, report.TablesCreated.Count, report.ColumnsAdded.Count, report.SeedRowsInserted, report.ViewsCreated.Count);
                return report;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SchemaChangeReport> EnsureSchemaAsync(WarehouseModel model, CancellationToken cancellationToken = default)
    {
        using var schema = WarehouseSchemaSource.FromModel(model);
        return await EnsureSchemaAsync(schema, false, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> BulkLoadAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string stageTable,
        IReadOnlyList<string> columns,
        IEnumerable<object?[]> rows,
        CancellationToken cancellationToken = default)
    {
        if (connection is not SqlConnection sql)
        {
            throw new ArgumentException("The connection must come from this engine's OpenConnectionAsync.", nameof(connection));
        }

        var stage = await ReadStageColumnsAsync(sql, transaction as SqlTransaction, cancellationToken);
        var (table, resolved) = StageColumns.Resolve(stage, stageTable, columns);
        using var bulk = new SqlBulkCopy(sql, SqlBulkCopyOptions.CheckConstraints, transaction as SqlTransaction)
        {
            DestinationTableName = $"[{StageColumns.Schema}].[{table}]",
            EnableStreaming = true,
            BatchSize = 10_000,
            BulkCopyTimeout = 0,
        };
        foreach (var column in resolved)
        {
            bulk.ColumnMappings.Add(column, column);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var reader = new ObjectRowDataReader(resolved, rows);
        await bulk.WriteToServerAsync(reader, cancellationToken);
        WarehouseLog.BulkLoaded(_logger, reader.RowsRead, table, Description, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return reader.RowsRead;
    }

    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadStageColumnsAsync(SqlConnection connection, SqlTransaction? transaction, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        await using var command = new SqlCommand(SqlServerStatements.StageColumns, connection, transaction);
        command.Parameters.Add(new SqlParameter("@schema", SqlDbType.NVarChar, 128) { Value = StageColumns.Schema });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var table = reader.GetString(0);
            if (!result.TryGetValue(table, out var list))
            {
                result[table] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public async Task<T> RunInTransactionAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> apply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(apply);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqlTransaction)await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        return await TransactionScope.CommitOrRollBackAsync(connection, transaction, apply, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireLockAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var held = await TryAcquireAppLockAsync(LockResource, timeout, cancellationToken);
        if (held is null)
        {
            WarehouseLog.LockTimedOut(_logger, Description, (long)timeout.TotalMilliseconds);
            throw new WarehouseLockTimeoutException($"The warehouse lock '{LockResource}' on {Description} is held by another run; waited {timeout.TotalSeconds:0.#} s.");
        }

        return held;
    }

    /// <summary>
    /// Takes the exclusive application lock <paramref name="resource"/> (sp_getapplock, owned by a
    /// session opened for it), waiting up to <paramref name="timeout"/>; null when another session
    /// kept it that long. Disposing the result releases it. Serialises work across processes and
    /// nodes that share this database; a crashed holder's session ends and so does its lock.
    /// </summary>
    public async Task<IAsyncDisposable?> TryAcquireAppLockAsync(string resource, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(resource);
        if (resource.Length > MaxLockResourceLength)
        {
            throw new ArgumentException($"An application lock name has at most {MaxLockResourceLength} characters; '{resource}' has {resource.Length}.", nameof(resource));
        }

        var connection = await OpenAsync(cancellationToken);
        try
        {
            await using var command = new SqlCommand(SqlServerStatements.GetAppLock, connection) { CommandTimeout = 0 };
            command.Parameters.Add(new SqlParameter("@resource", SqlDbType.NVarChar, MaxLockResourceLength) { Value = resource });
            command.Parameters.Add(new SqlParameter("@timeoutMs", SqlDbType.Int) { Value = (int)Math.Clamp(timeout.TotalMilliseconds, 0, int.MaxValue) });
            var code = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            switch (code)
            {
                case >= 0:
                    return new AppLock(connection, resource);
                case -1 or -3:
                    // -1: timed out; -3: chosen as a deadlock victim. Either way another holder has it.
                    await connection.DisposeAsync();
                    return null;
                default:
                    throw new InvalidOperationException($"sp_getapplock on '{resource}' returned {code} (-2 cancelled, -999 invalid call).");
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class AppLock(SqlConnection connection, string resource) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new SqlCommand(SqlServerStatements.ReleaseAppLock, connection);
                command.Parameters.Add(new SqlParameter("@resource", SqlDbType.NVarChar, MaxLockResourceLength) { Value = resource });
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
