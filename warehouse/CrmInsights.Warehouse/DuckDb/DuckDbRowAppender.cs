using System.Globalization;
using DuckDB.NET.Data;

namespace CrmInsights.Warehouse.DuckDb;

/// <summary>
/// Appends rows through the DuckDB appender, converting each value to the CLR type the target
/// column's DuckDB type expects (the appender does not convert). Columns not supplied take
/// their DEFAULT.
/// </summary>
public sealed class DuckDbRowAppender : IDisposable
{
    private readonly DuckDBAppender _appender;
    private readonly IReadOnlyList<TargetColumn> _tableColumns;
    private readonly int[] _sourceIndex;

    /// <summary>A column of the target table: name and DuckDB type as information_schema reports them.</summary>
    public sealed record TargetColumn(string Name, string DataType);

    /// <summary>Opens an appender on <paramref name="schema"/>.<paramref name="table"/>.</summary>
    /// <param name="connection">Open DuckDB connection.</param>
    /// <param name="schema">Schema (from the model).</param>
    /// <param name="table">Table (from the model).</param>
    /// <param name="tableColumns">Every column of the table in ordinal order.</param>
    /// <param name="sourceColumns">The columns the rows supply, in row order (a subset of the table's).</param>
    public DuckDbRowAppender(DuckDBConnection connection, string schema, string table, IReadOnlyList<TargetColumn> tableColumns, IReadOnlyList<string> sourceColumns)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(tableColumns);
        ArgumentNullException.ThrowIfNull(sourceColumns);
        _tableColumns = tableColumns;
        _sourceIndex = tableColumns
            .Select(c => sourceColumns.ToList().FindIndex(s => string.Equals(s, c.Name, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        _appender = connection.CreateAppender(schema, table);
    }

    /// <summary>Appends one row whose values follow the source column order.</summary>
    public void Append(object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var row = _appender.CreateRow();
        for (var i = 0; i < _tableColumns.Count; i++)
        {
            var source = _sourceIndex[i];
            if (source < 0)
            {
                row.AppendDefault();
                continue;
            }

            var value = values[source];
            if (value is null || value is DBNull)
            {
                row.AppendNullValue();
                continue;
            }

            AppendTyped(row, _tableColumns[i], value);
        }

        row.EndRow();
    }

    private static void AppendTyped(IDuckDBAppenderRow row, TargetColumn column, object value)
    {
        var type = column.DataType;
        var ci = CultureInfo.InvariantCulture;
        try
        {
            switch (type)
            {
                case "BOOLEAN": row.AppendValue(Convert.ToBoolean(value, ci)); break;
                case "UTINYINT": row.AppendValue(Convert.ToByte(value, ci)); break;
                case "SMALLINT": row.AppendValue(Convert.ToInt16(value, ci)); break;
                case "INTEGER": row.AppendValue(Convert.ToInt32(value, ci)); break;
                case "BIGINT": row.AppendValue(Convert.ToInt64(value, ci)); break;
                case "DOUBLE": row.AppendValue(Convert.ToDouble(value, ci)); break;
                case "FLOAT": row.AppendValue(Convert.ToSingle(value, ci)); break;
                case "VARCHAR": row.AppendValue(Convert.ToString(value, ci)); break;
                case "DATE": row.AppendValue(ToDateOnly(value)); break;
                case "TIMESTAMP": row.AppendValue(ToDateTime(value)); break;
                case "UUID": row.AppendValue(value is Guid g ? g : Guid.Parse(Convert.ToString(value, ci)!)); break;
                case "BLOB": row.AppendValue((byte[])value); break;
                default:
                    if (type.StartsWith("DECIMAL", StringComparison.Ordinal))
                    {
                        row.AppendValue(Convert.ToDecimal(value, ci));
                        break;
                    }

                    throw new NotSupportedException($"DuckDB type {type} of column {column.Name} is not supported by the appender.");
            }
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            throw new ArgumentException($"Value of type {value.GetType().Name} cannot be stored in column {column.Name} ({type}).", nameof(value), ex);
        }
    }

    private static DateOnly ToDateOnly(object value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => DateOnly.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };

    private static DateTime ToDateTime(object value) => value switch
    {
        DateTime t => t,
        DateTimeOffset o => o.UtcDateTime,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        _ => DateTime.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal),
    };

    /// <summary>Flushes the appended rows into the table.</summary>
    public void Close() => _appender.Close();

    /// <inheritdoc />
    public void Dispose() => _appender.Dispose();
}
