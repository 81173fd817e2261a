using System.Data.Common;
using CrmInsights.Warehouse.Engine;
using Dapper;

namespace CrmInsights.Reports.Kpis;

/// <summary>
/// Runs the report's SELECTs on mart views through the one command helper (<see cref="EngineCommand"/>, Dapper).
/// The SQL is our own constant text written with <c>@name</c> markers; every value travels as a parameter.
/// </summary>
internal sealed class MartQuery(IWarehouseEngine engine, DbConnection connection)
{
    public async Task<List<MartRow>> RowsAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        // Only catalogued statements are sent, so the ScriptDom test of MartSql.All covers all that reaches SQL Server.
        if (!MartSql.Texts.Contains(sql))
        {
            throw new InvalidOperationException("A report sent a statement that is not in MartSql.All: " + sql);
        }
        await using var reader = await connection.ExecuteReaderAsync(EngineCommand.Define(engine.Kind, sql, null, cancellationToken, parameters));
        var rows = new List<MartRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new Dictionary<string, object?>(reader.FieldCount, StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(new MartRow(values));
        }
        return rows;
    }
}
