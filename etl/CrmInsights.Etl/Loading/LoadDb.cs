using System.Data.Common;
using System.Diagnostics;
using CrmInsights.Warehouse.Engine;

namespace CrmInsights.Etl.Loading;

/// <summary>
/// Runs <see cref="LoadStatement"/>s on one connection and transaction. Only catalogued statements can be sent, so the
/// ScriptDom test covers every statement that reaches SQL Server. Parameters a statement does not mention are not bound.
/// </summary>
public sealed class LoadDb(IWarehouseEngine engine, DbConnection connection, DbTransaction? transaction, ILoadObserver? observer = null, LoadStatementTimings? timings = null)
{
    /// <summary>The engine.</summary>
    public IWarehouseEngine Engine => engine;

    /// <summary>The open connection.</summary>
    public DbConnection Connection => connection;

    /// <summary>The transaction (null outside one).</summary>
    public DbTransaction? Transaction => transaction;

    /// <summary>Executes a statement; returns the rows affected.</summary>
    public async Task<long> ExecuteAsync(LoadStatement statement, LoadParameters? parameters, CancellationToken cancellationToken)
    {
        await using var command = await PrepareAsync(statement, parameters, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var affected = await command.ExecuteNonQueryAsync(cancellationToken);
        timings?.Record(statement, Stopwatch.GetElapsedTime(started), affected);
        return affected;
    }

    /// <summary>Executes a statement and returns the first column of the first row (null when none).</summary>
    public async Task<object?> ScalarAsync(LoadStatement statement, LoadParameters? parameters, CancellationToken cancellationToken)
    {
        await using var command = await PrepareAsync(statement, parameters, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var value = await command.ExecuteScalarAsync(cancellationToken);
        timings?.Record(statement, Stopwatch.GetElapsedTime(started), 1);
        return value is DBNull ? null : value;
    }

    /// <summary>Executes a query and hands each row to <paramref name="row"/>.</summary>
    public async Task QueryAsync(LoadStatement statement, LoadParameters? parameters, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        await using var command = await PrepareAsync(statement, parameters, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        long rows = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                row(reader);
                rows++;
            }
        }

        timings?.Record(statement, Stopwatch.GetElapsedTime(started), rows);
    }

    private async Task<DbCommand> PrepareAsync(LoadStatement statement, LoadParameters? parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (observer is not null)
        {
            await observer.BeforeStatementAsync(statement, cancellationToken);
        }

        var text = statement.For(engine.Kind);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters ?? [])
        {
            if (!text.Contains(engine.Parameter(name), StringComparison.Ordinal))
            {
                continue;
            }

            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        return command;
    }
}
