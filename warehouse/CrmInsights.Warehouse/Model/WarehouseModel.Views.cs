using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CrmInsights.Warehouse.Model;

public sealed partial class WarehouseModel
{
    private IReadOnlyList<ViewScript>? _viewScripts;

    /// <summary>
    /// Every CREATE VIEW statement of the schema files, as written. Views are in the SQL subset
    /// both engines run, so DuckDB executes this text unchanged.
    /// </summary>
    public IReadOnlyList<ViewScript> ViewScripts => _viewScripts ??= ExtractViewScripts(Scripts);

    /// <summary>Extracts the CREATE VIEW statements from schema files.</summary>
    public static IReadOnlyList<ViewScript> ExtractViewScripts(IEnumerable<Schema.SchemaScript> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var result = new List<ViewScript>();
        foreach (var script in scripts)
        {
            var (tree, errors) = TSqlParsing.Parse(script.Text);
            if (errors.Count > 0 || tree is null)
            {
                throw new WarehouseModelException($"{script.Name} does not parse as T-SQL:{Environment.NewLine}{TSqlParsing.Describe(errors)}");
            }

            foreach (var view in tree.Batches.SelectMany(b => b.Statements).OfType<CreateViewStatement>())
            {
                var name = view.SchemaObjectName;
                var text = script.Text.Substring(view.StartOffset, view.FragmentLength).TrimEnd().TrimEnd(';');
                result.Add(new ViewScript(name.SchemaIdentifier?.Value ?? "dbo", name.BaseIdentifier.Value, text, script.Name));
            }
        }

        return result;
    }
}
