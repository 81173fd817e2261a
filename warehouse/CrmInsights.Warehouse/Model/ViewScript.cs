namespace CrmInsights.Warehouse.Model;

/// <summary>A mart view's CREATE VIEW statement exactly as written in its schema file.</summary>
/// <param name="Schema">Schema name.</param>
/// <param name="Name">View name.</param>
/// <param name="CreateStatement">The CREATE VIEW text, unchanged (what DuckDB runs).</param>
/// <param name="SourceName">The schema file.</param>
public sealed record ViewScript(string Schema, string Name, string CreateStatement, string SourceName)
{
    /// <summary>schema.name.</summary>
    public string FullName => $"{Schema}.{Name}";
}
