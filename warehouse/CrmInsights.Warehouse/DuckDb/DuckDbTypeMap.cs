using System.Globalization;
using CrmInsights.Warehouse.Model;
using Microsoft.SqlServer.Dac.Model;

namespace CrmInsights.Warehouse.DuckDb;

/// <summary>
/// How SQL Server column types of the model map to DuckDB types. The DuckDB schema is derived
/// through this table only; names are spelled as DuckDB's information_schema reports them.
/// </summary>
public static class DuckDbTypeMap
{
    /// <summary>The mapping, for documentation and tests: SQL Server type to DuckDB type.</summary>
    public static IReadOnlyDictionary<SqlDataType, string> Table { get; } = new Dictionary<SqlDataType, string>
    {
        [SqlDataType.Bit] = "BOOLEAN",
        [SqlDataType.TinyInt] = "UTINYINT",
        [SqlDataType.SmallInt] = "SMALLINT",
        [SqlDataType.Int] = "INTEGER",
        [SqlDataType.BigInt] = "BIGINT",
        [SqlDataType.Decimal] = "DECIMAL(p,s)",
        [SqlDataType.Numeric] = "DECIMAL(p,s)",
        [SqlDataType.Money] = "DECIMAL(19,4)",
        [SqlDataType.SmallMoney] = "DECIMAL(10,4)",
        [SqlDataType.Float] = "DOUBLE",
        [SqlDataType.Real] = "FLOAT",
        [SqlDataType.Date] = "DATE",
        [SqlDataType.DateTime2] = "TIMESTAMP",
        [SqlDataType.DateTime] = "TIMESTAMP",
        [SqlDataType.SmallDateTime] = "TIMESTAMP",
        [SqlDataType.DateTimeOffset] = "TIMESTAMP WITH TIME ZONE",
        [SqlDataType.Time] = "TIME",
        [SqlDataType.Char] = "VARCHAR",
        [SqlDataType.VarChar] = "VARCHAR",
        [SqlDataType.NChar] = "VARCHAR",
        [SqlDataType.NVarChar] = "VARCHAR",
        [SqlDataType.Binary] = "BLOB",
        [SqlDataType.VarBinary] = "BLOB",
        [SqlDataType.UniqueIdentifier] = "UUID",
    };

    /// <summary>The DuckDB type of a model column (lengths are not enforced by DuckDB; the ETL validates them).</summary>
    public static string Map(ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (!Table.TryGetValue(column.SqlType, out var type))
        {
            throw new NotSupportedException($"Column {column.Name}: SQL Server type {column.SqlTypeText} has no DuckDB mapping; add one to {nameof(DuckDbTypeMap)}.");
        }

        return type == "DECIMAL(p,s)"
            ? string.Create(CultureInfo.InvariantCulture, $"DECIMAL({column.Precision},{column.Scale})")
            : type;
    }

    /// <summary>
    /// The DuckDB DEFAULT expression for a model DEFAULT constraint. Only literals are supported:
    /// the schema keeps defaults to constants so both engines agree.
    /// </summary>
    public static string MapDefault(ColumnDefinition column, string expression)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(expression);
        var text = expression.Trim();
        while (text.Length >= 2 && text[0] == '(' && text[^1] == ')')
        {
            text = text[1..^1].Trim();
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return column.SqlType == SqlDataType.Bit ? (number != 0 ? "true" : "false") : text;
        }

        if (text.StartsWith("N'", StringComparison.Ordinal) || text.StartsWith('\''))
        {
            return text.TrimStart('N');
        }

        throw new NotSupportedException($"Column {column.Name}: DEFAULT {expression} is not a literal; DuckDB defaults are limited to constants.");
    }
}
