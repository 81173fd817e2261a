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
    IReadOnlyList<string> ViewsCreated);
