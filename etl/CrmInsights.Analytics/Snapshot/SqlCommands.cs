using System.Data.Common;
using CrmInsights.Warehouse.Engine;

namespace CrmInsights.Analytics.Snapshot;

/// <summary>
/// Runs the derive step's portable SQL on either engine: statements are written with
/// <c>@name</c> placeholders, rewritten to the engine's spelling (<see cref="ParameterMarkers"/>); values always go as parameters.
/// </summary>
internal sealed class SqlCommands(IWarehouseEngine engine, DbConnection connection, DbTransaction transaction)
{
    public DbCommand Create(string sql, params (string Name, object? Value)[] parameters)
    {
        // Only catalogued statements are sent, so the ScriptDom test of SnapshotSql.All covers all that reaches SQL Server.
        if (!SnapshotSql.Texts.Contains(sql))
        {
            throw new InvalidOperationException("The snapshot sent a statement that is not in SnapshotSql.All: " + sql);
        }

        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = ParameterMarkers.Rewrite(sql, engine.Kind);
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = engine.Kind == WarehouseEngineKind.DuckDb ? name : "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    public Task<long> BulkLoadAsync(string stageTable, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
        engine.BulkLoadAsync(connection, transaction, stageTable, columns, rows, cancellationToken);
}
