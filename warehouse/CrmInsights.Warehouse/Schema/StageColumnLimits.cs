using CrmInsights.Warehouse.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CrmInsights.Warehouse.Schema;

/// <summary>What one stage column can hold, as the model declares it: a text length, or a decimal's precision and scale.</summary>
/// <param name="Type">The declared type, e.g. <c>nvarchar(64)</c> or <c>decimal(19, 4)</c>.</param>
/// <param name="MaxLength">Characters a text column holds (null: unlimited, or not text).</param>
/// <param name="Precision">Digits a decimal column holds (null: not a decimal).</param>
/// <param name="Scale">Digits after the point a decimal column holds.</param>
/// <param name="IsTimestamp">A date-time column (datetime2, datetime, datetimeoffset).</param>
public sealed record StageColumnLimit(string Type, int? MaxLength, int? Precision, int? Scale, bool IsTimestamp);

/// <summary>
/// The limits of every <c>stage</c> table's columns, read from the model's schema files (ScriptDom, milliseconds; the DacFx
/// model is not needed). One definition: the ETL rejects a row whose value does not fit before anything is written, on both
/// engines (DuckDB would store a too-long text that SQL Server refuses, and a decimal that does not fit aborts the batch).
/// </summary>
public static class StageColumnLimits
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, StageColumnLimit>>> Embedded =
        new(() => Read(SchemaScripts.LoadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded schema's stage tables: table name (without schema) → column name → limit (case-insensitive).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, StageColumnLimit>> All => Embedded.Value;

    /// <summary>Reads the stage tables of <paramref name="scripts"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, StageColumnLimit>> Read(IEnumerable<SchemaScript> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var result = new Dictionary<string, IReadOnlyDictionary<string, StageColumnLimit>>(StringComparer.OrdinalIgnoreCase);
        foreach (var script in scripts.Where(s => s.Name.Contains("/stage/", StringComparison.OrdinalIgnoreCase)))
        {
            var (tree, _) = TSqlParsing.Parse(script.Text);
            foreach (var create in tree?.Batches.SelectMany(b => b.Statements).OfType<CreateTableStatement>() ?? [])
            {
                var columns = new Dictionary<string, StageColumnLimit>(StringComparer.OrdinalIgnoreCase);
                foreach (var column in create.Definition.ColumnDefinitions)
                {
                    if (column.DataType is SqlDataTypeReference type)
                    {
                        columns[column.ColumnIdentifier.Value] = Limit(type);
                    }
                }

                result[create.SchemaObjectName.BaseIdentifier.Value] = columns;
            }
        }

        return result;
    }

    private static StageColumnLimit Limit(SqlDataTypeReference type)
    {
        var parameters = type.Parameters.Select(p => p is MaxLiteral ? (int?)null : int.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var text = string.Join(", ", type.Parameters.Select(p => p is MaxLiteral ? "max" : p.Value));
        var declared = type.SqlDataTypeOption.ToString().ToLowerInvariant() + (parameters.Count == 0 ? "" : $"({text})");
        return type.SqlDataTypeOption switch
        {
            SqlDataTypeOption.NVarChar or SqlDataTypeOption.VarChar or SqlDataTypeOption.NChar or SqlDataTypeOption.Char =>
                new(declared, parameters.Count == 0 ? 1 : parameters[0], null, null, false),
            SqlDataTypeOption.Decimal or SqlDataTypeOption.Numeric =>
                new(declared, null, parameters.Count > 0 ? parameters[0] : 18, parameters.Count > 1 ? parameters[1] : 0, false),
            SqlDataTypeOption.DateTime2 or SqlDataTypeOption.DateTime or SqlDataTypeOption.DateTimeOffset or SqlDataTypeOption.SmallDateTime =>
                new(declared, null, null, null, true),
            _ => new(declared, null, null, null, false),
        };
    }
}
