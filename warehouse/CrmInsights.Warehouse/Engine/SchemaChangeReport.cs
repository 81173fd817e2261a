namespace CrmInsights.Warehouse.Engine;

/// <summary>What an ensure-schema run changed (empty lists on a database that was already current).</summary>
/// <param name="TablesCreated">Tables created, schema.name.</param>
/// <param name="ColumnsAdded">Columns added to existing tables, schema.table.column.</param>
/// <param name="SeedRowsInserted">Reference rows inserted.</param>
/// <param name="ViewsCreated">Views (re)created.</param>
public sealed record SchemaChangeReport(
    IReadOnlyList<string> TablesCreated,
    IReadOnlyList<string> ColumnsAdded,
    long SeedRowsInserted,
    IReadOnlyList<string> ViewsCreated)
{
    /// <summary>The schema fingerprint the warehouse carries afterwards (DuckDB; null on SQL Server).</summary>
    public string? Fingerprint { get; init; }

    /// <summary>True when the warehouse already carried the fingerprint and nothing was run.</summary>
    public bool WasCurrent { get; init; }

    /// <summary>Statements the run executed against the warehouse (DDL, seeds, views, comments, fingerprint).</summary>
    public int StatementsExecuted { get; init; }

    /// <summary>The report of a warehouse that already carried <paramref name="fingerprint"/>.</summary>
    public static SchemaChangeReport Current(string fingerprint) => new([], [], 0, []) { Fingerprint = fingerprint, WasCurrent = true };
}
