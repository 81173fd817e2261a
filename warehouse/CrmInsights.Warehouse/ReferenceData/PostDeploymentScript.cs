using System.Globalization;
using System.Text;

namespace CrmInsights.Warehouse.ReferenceData;

/// <summary>
/// Writes the dacpac's post-deployment script from <see cref="ReferenceRows"/>: idempotent inserts
/// of the rows whose keys are missing, so every deploy and upgrade converges to the same rows.
/// </summary>
public static class PostDeploymentScript
{
    private const int RowsPerStatement = 500;

    /// <summary>The whole script, GO-separated.</summary>
    public static string Generate(IEnumerable<SeedTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sb = new StringBuilder();
        sb.AppendLine("-- Reference rows (unknown members, touchpoints, dim.Date 2015-01-01..2035-12-31).");
        sb.AppendLine("-- Generated from CrmInsights.Warehouse.ReferenceData.ReferenceRows; DuckDB is seeded from the same rows.");
        sb.AppendLine("SET NOCOUNT ON;");
        sb.AppendLine("GO");
        foreach (var table in tables)
        {
            foreach (var chunk in table.Rows.Chunk(RowsPerStatement))
            {
                AppendInsert(sb, table, chunk);
            }
        }

        return sb.ToString();
    }

    private static void AppendInsert(StringBuilder sb, SeedTable table, object?[][] rows)
    {
        var target = $"[{table.Schema}].[{table.Name}]";
        var columns = string.Join(", ", table.Columns.Select(c => $"[{c}]"));
        if (table.IsIdentityKey)
        {
            sb.Append("SET IDENTITY_INSERT ").Append(target).AppendLine(" ON;");
        }

        sb.Append("INSERT INTO ").Append(target).Append(" (").Append(columns).AppendLine(")");
        sb.Append("SELECT ").AppendLine(string.Join(", ", table.Columns.Select(c => $"v.[{c}]")));
        sb.AppendLine("FROM (VALUES");
        for (var i = 0; i < rows.Length; i++)
        {
            sb.Append("    (").Append(string.Join(", ", rows[i].Select(Literal))).Append(')').AppendLine(i < rows.Length - 1 ? "," : string.Empty);
        }

        sb.Append(") AS v (").Append(columns).AppendLine(")");
        sb.Append("WHERE NOT EXISTS (SELECT 1 FROM ").Append(target).Append(" AS t WHERE t.[").Append(table.KeyColumn)
            .Append("] = v.[").Append(table.KeyColumn).AppendLine("]);");
        if (table.IsIdentityKey)
        {
            sb.Append("SET IDENTITY_INSERT ").Append(target).AppendLine(" OFF;");
        }

        sb.AppendLine("GO");
    }

    /// <summary>
    /// The T-SQL literal for a seed value. Kept short (the date dimension is 7,670 rows): ISO 8601
    /// text converts to date and datetime2 the same way under every language and DATEFORMAT
    /// setting, and 1/0 convert to bit.
    /// </summary>
    public static string Literal(object? value) => value switch
    {
        null => "NULL",
        string s => "N'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        bool b => b ? "1" : "0",
        DateOnly d => "'" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'",
        DateTime t => "'" + t.ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture) + "'",
        int or short or byte or long or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new NotSupportedException($"Seed value type {value.GetType().Name} has no T-SQL literal."),
    };
}
