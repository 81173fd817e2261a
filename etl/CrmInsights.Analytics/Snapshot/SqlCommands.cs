using System.Data.Common;
using CrmInsights.Warehouse.Engine;
using Dapper;

namespace CrmInsights.Analytics.Snapshot;

/// <summary>
/// Runs the derive step's portable SQL on either engine through the one command helper (<see cref="EngineCommand"/>,
/// Dapper): statements are written with <c>@name</c> markers; values always go as parameters.
/// </summary>
internal sealed class SqlCommands(IWarehouseEngine engine, DbConnection connection, DbTransaction transaction)
{
    public Task<DbDataReader> ReaderAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        connection.ExecuteReaderAsync(Define(sql, parameters, cancellationToken));

    public Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        connection.ExecuteAsync(Define(sql, parameters, cancellationToken));

    public Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        connection.ExecuteScalarAsync<object?>(Define(sql, parameters, cancellationToken));

    public Task<long> BulkLoadAsync(string stageTable, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
        engine.BulkLoadAsync(connection, transaction, stageTable, columns, rows, cancellationToken);

    private CommandDefinition Define(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        // Only catalogued statements are sent, so the ScriptDom test of SnapshotSql.All covers all that reaches SQL Server.
        if (!SnapshotSql.Texts.Contains(sql))
        {
            throw new InvalidOperationException("The snapshot sent a statement that is not in SnapshotSql.All: " + sql);
        }
        return EngineCommand.Define(engine.Kind, sql, transaction, cancellationToken, parameters);
    }
}
