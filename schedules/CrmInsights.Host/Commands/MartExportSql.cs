using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.Schema;

namespace CrmInsights.Host.Commands;

/// <summary>
/// The statements of <c>export marts</c>: one SELECT per mart view of the embedded schema, keyed by view name (names
/// from the model, never from input). Listed in <see cref="Scheduling.HostSqlStatements"/>, which a test parses with ScriptDom.
/// </summary>
internal static class MartExportSql
{
    /// <summary>Every export statement by view name, in name order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
        WarehouseModel.ExtractViewScripts(SchemaScripts.LoadEmbedded())
            .Where(v => string.Equals(v.Schema, "mart", StringComparison.OrdinalIgnoreCase))
            .OrderBy(v => v.Name, StringComparer.Ordinal)
            .Select(v => KeyValuePair.Create(v.Name, $"SELECT * FROM mart.{v.Name}"))
            .ToList();
}
