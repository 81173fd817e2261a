using System.Text;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;

namespace CrmInsights.Warehouse.Docs;

/// <summary>Writes the warehouse data dictionary (Markdown) from the model's MS_Description properties.</summary>
public static class DataDictionaryWriter
{
    /// <summary>The dictionary: one section per schema, one table per table or view, every column described.</summary>
    public static string Generate(WarehouseModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var sb = new StringBuilder();
        sb.AppendLine("# CrmInsights warehouse data dictionary");
        sb.AppendLine();
        sb.AppendLine("Generated from the MS_Description extended properties of warehouse/schema (do not edit by hand).");
        sb.AppendLine("Types are SQL Server's; the DuckDB column shows the embedded engine's type (empty for SQL Server-only schemas such as quartz). Masked columns read as masks for roles without UNMASK (crm_analyst).");
        foreach (var schema in model.Tables.Concat(model.Views).GroupBy(t => t.Schema, StringComparer.Ordinal).OrderBy(g => SchemaOrder(g.Key)))
        {
            sb.AppendLine();
            sb.Append("## Schema `").Append(schema.Key).AppendLine("`");
            sb.AppendLine();
            sb.AppendLine(Escape(model.Descriptions.GetValueOrDefault(schema.Key) ?? string.Empty));
            foreach (var table in schema.OrderBy(t => t.IsView).ThenBy(t => t.Name, StringComparer.Ordinal))
            {
                AppendTable(sb, table);
            }
        }

        return sb.ToString();
    }

    private static void AppendTable(StringBuilder sb, TableDefinition table)
    {
        sb.AppendLine();
        sb.Append("### ").Append(table.FullName).Append(table.IsView ? " (view)" : string.Empty).AppendLine();
        sb.AppendLine();
        sb.AppendLine(Escape(table.Description ?? "(no description)"));
        sb.AppendLine();
        sb.AppendLine("| Column | Type | DuckDB | Null | Key | Masked | Description |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var column in table.Columns)
        {
            var key = table.PrimaryKey.Contains(column.Name, StringComparer.OrdinalIgnoreCase) ? "PK"
                : table.UniqueKeys.Any(k => k.Contains(column.Name, StringComparer.OrdinalIgnoreCase)) ? "UQ" : string.Empty;
            var duck = column.SqlType == Microsoft.SqlServer.Dac.Model.SqlDataType.Unknown || !DuckDbDdl.Covers(table) ? string.Empty : DuckDbTypeMap.Map(column);
            sb.Append("| ").Append(column.Name)
                .Append(" | ").Append(column.SqlType == Microsoft.SqlServer.Dac.Model.SqlDataType.Unknown ? string.Empty : column.SqlTypeText)
                .Append(column.IsIdentity ? " identity" : string.Empty)
                .Append(" | ").Append(duck)
                .Append(" | ").Append(column.IsNullable ? "yes" : "no")
                .Append(" | ").Append(key)
                .Append(" | ").Append(column.MaskingFunction ?? string.Empty)
                .Append(" | ").Append(Escape(column.Description ?? string.Empty))
                .AppendLine(" |");
        }
    }

    private static int SchemaOrder(string schema) => Array.IndexOf(["dim", "fact", "mart", "etl", "stage", "quartz"], schema) is var i and >= 0 ? i : 99;

    // Descriptions are our own text, but a pipe or newline would still break the Markdown table.
    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
