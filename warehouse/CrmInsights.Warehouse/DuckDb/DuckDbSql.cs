namespace CrmInsights.Warehouse.DuckDb;

/// <summary>DuckDB identifier and literal quoting (identifiers come from the model only).</summary>
public static class DuckDbSql
{
    /// <summary>"name" with embedded quotes doubled.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>"schema"."name".</summary>
    public static string Quote(string schema, string name) => Quote(schema) + "." + Quote(name);

    /// <summary>A string literal ('...' with embedded quotes doubled).</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The sequence that stands in for an IDENTITY column.</summary>
    public static string SequenceName(string table, string column) => $"seq_{table}_{column}";
}
