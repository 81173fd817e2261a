namespace CrmInsights.Warehouse.Engine;

/// <summary>The warehouse engines.</summary>
public enum WarehouseEngineKind
{
    /// <summary>Embedded DuckDB file (the default).</summary>
    DuckDb,

    /// <summary>SQL Server, selected by ConnectionStrings:Warehouse.</summary>
    SqlServer,
}
