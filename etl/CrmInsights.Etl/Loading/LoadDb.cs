using System.Data.Common;
using System.Diagnostics;
using Dapper;
using CrmInsights.Warehouse.Engine;

namespace CrmInsights.Etl.Loading;

/// <summary>
/// Runs <see cref="LoadStatement"/>s on one connection and transaction. Only catalogued statements can be sent, so the
/// ScriptDom test covers every statement that reaches SQL Server. Sent through the one command helper (<see cref="EngineCommand"/>,
/// Dapper); parameters a statement does not mention are not bound.
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
        var command = await DefineAsync(statement, parameters, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var affected = await connection.ExecuteAsync(command);
        timings?.Record(statement, Stopwatch.GetElapsedTime(started), affected);
        return affected;
    }

    /// <summary>Executes a statement and returns the first column of the first row (null when none).</summary>
    public async Task<object?> ScalarAsync(LoadStatement statement, LoadParameters? parameters, CancellationToken cancellationToken)
    {
        var command = await DefineAsync(statement, parameters, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var value = await connection.ExecuteScalarAsync<object?>(command);
        timings?.Record(statement, Stopwatch.GetElapsedTime(started), 1);
        return value;
    }

    /// <summary>Executes a query and hands each row to <paramref name="row"/>.</summary>
    public async Task QueryAsync(LoadStatement statement, LoadParameters? parameters, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var command = await DefineAsync(statement, parameters, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        long rows = 0;
        await using (var reader = await connection.ExecuteReaderAsync(command))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                row(reader);
                rows++;
            }
        }

        timings?.Record(statement, Stopwatch.GetElapsedTime(started), rows);
    }

    private async Task<CommandDefinition> DefineAsync(LoadStatement statement, LoadParameters? parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (observer is not null)
        {
            await observer.BeforeStatementAsync(statement, cancellationToken);
        }

        // No time limit: a load step takes as long as its batch needs.
        return EngineCommand.Define(engine.Kind, statement.Source(engine.Kind), parameters, transaction, timeoutSeconds: 0, cancellationToken);
    }
}
