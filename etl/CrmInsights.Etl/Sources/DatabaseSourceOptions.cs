namespace CrmInsights.Etl.Sources;

/// <summary>An ADO.NET source (section <c>Etl:Sources:&lt;name&gt;:Database</c>).</summary>
public sealed class DatabaseSourceOptions
{
    /// <summary>Provider invariant name registered with DbProviderFactories, or the assembly-qualified type name of a DbProviderFactory (e.g. <c>DuckDB.NET.Data.DuckDBClientFactory, DuckDB.NET.Data</c>).</summary>
    public string Provider { get; set; } = "";

    /// <summary>Connection string (keep secrets in environment variables, not committed files).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Per entity: the query and its high-water mark column.</summary>
    public Dictionary<string, DatabaseQueryOptions> Queries { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
