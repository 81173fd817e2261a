using CrmInsights.Warehouse.Engine;

namespace CrmInsights.Etl.Loading;

/// <summary>
/// One SQL statement of the load, written once in T-SQL with <c>@Name</c> parameters, plus a DuckDB variant only where the
/// engines differ. Identifiers are fixed in code (from the model), values are always parameters. Every statement is listed
/// in <see cref="LoadSqlCatalog"/>, which the tests parse with ScriptDom.
/// </summary>
/// <param name="Name">Stable name (Entity.Step) used in logs, fault injection and tests.</param>
/// <param name="TSql">The statement as sent to SQL Server.</param>
/// <param name="DuckDb">The DuckDB text when it differs; null = same as <paramref name="TSql"/> with <c>$Name</c> parameters.</param>
public sealed record LoadStatement(string Name, string TSql, string? DuckDb = null)
{
    /// <summary>The text for <paramref name="engine"/> as written, with <c>@Name</c> markers: T-SQL, or the DuckDB variant when there is one.</summary>
    public string Source(WarehouseEngineKind engine) => engine == WarehouseEngineKind.SqlServer ? TSql : DuckDb ?? TSql;

    /// <summary>The text as <paramref name="engine"/> receives it: <see cref="Source"/> with its markers rewritten (<see cref="ParameterMarkers"/>).</summary>
    public string For(WarehouseEngineKind engine) => ParameterMarkers.Rewrite(Source(engine), engine);
}
