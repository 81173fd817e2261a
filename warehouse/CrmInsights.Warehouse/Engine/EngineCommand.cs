using System.Data;
using System.Data.Common;
using Dapper;

namespace CrmInsights.Warehouse.Engine;

/// <summary>
/// The one way a statement is sent to the warehouse with parameters: a Dapper <see cref="CommandDefinition"/> whose text
/// has the engine's markers (<see cref="ParameterMarkers"/>) and whose values are bound by <see cref="Bind"/>; the caller
/// executes it with Dapper (<c>ExecuteAsync</c>, <c>ExecuteScalarAsync</c>, <c>ExecuteReaderAsync</c>). Statements are
/// written with <c>@name</c> markers; a value whose name the statement does not mention is not bound, so one parameter
/// set can serve several statements. Bulk loads (SqlBulkCopy, the DuckDB appender) are not statements and stay in the engines.
/// </summary>
public static class EngineCommand
{
    /// <summary>A command for <paramref name="sql"/> on <paramref name="engine"/> with <paramref name="parameters"/> (names without prefix).</summary>
    /// <param name="timeoutSeconds">Null: the provider's default; 0: no limit.</param>
    public static CommandDefinition Define(
        WarehouseEngineKind engine,
        string sql,
        IEnumerable<KeyValuePair<string, object?>>? parameters,
        DbTransaction? transaction = null,
        int? timeoutSeconds = null,
        CancellationToken cancellationToken = default)
    {
        var used = ParameterMarkers.Names(sql);
        var bag = new DynamicParameters();
        foreach (var (name, value) in parameters ?? [])
        {
            if (used.Contains(name))
            {
                bag.Add(name, new Bound(engine, value));
            }
        }
        return new CommandDefinition(ParameterMarkers.Rewrite(sql, engine), bag, transaction, timeoutSeconds, CommandType.Text, CommandFlags.Buffered, cancellationToken);
    }

    /// <summary>As the other overload, with the parameters as (name, value) pairs.</summary>
    public static CommandDefinition Define(
        WarehouseEngineKind engine,
        string sql,
        DbTransaction? transaction,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Define(engine, sql, parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)), transaction, null, cancellationToken);
    }

    /// <summary>
    /// Adds the parameter <paramref name="name"/> to <paramref name="command"/>, typed by the provider from the value
    /// (null as DBNull), except that a <see cref="DateTime"/> goes to SQL Server as datetime2: the warehouse's times are
    /// datetime2(3), and SqlClient would infer datetime (1/300 s steps).
    /// </summary>
    /// <remarks>
    /// Not Dapper's own type map: it gives a decimal <see cref="DbType.Decimal"/>, which DuckDB.NET 1.5.6 binds as
    /// VARCHAR (its decimal is <see cref="DbType.Currency"/>), so <c>SELECT $v * 2</c> with 1.5 returns the integer 4
    /// (EngineCommandTests pins this). The provider's own inference is what the hand-built helpers used and what the
    /// engines are tested with.
    /// </remarks>
    public static void Bind(IDbCommand command, WarehouseEngineKind engine, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (value is DateTime && engine == WarehouseEngineKind.SqlServer)
        {
            parameter.DbType = DbType.DateTime2;
        }
        command.Parameters.Add(parameter);
    }

    /// <summary>A value Dapper hands back to <see cref="Bind"/> instead of typing it itself.</summary>
    private sealed class Bound(WarehouseEngineKind engine, object? value) : SqlMapper.ICustomQueryParameter
    {
        public void AddParameter(IDbCommand command, string name) => Bind(command, engine, name, value);
    }
}
