using Microsoft.SqlServer.Dac.Model;
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

    /// <summary>The view scripts ordered so every view comes after the views it selects from.</summary>
    public IReadOnlyList<ViewScript> ViewScriptsInDependencyOrder()
    {
        var byName = ViewScripts.ToDictionary(v => v.FullName, StringComparer.OrdinalIgnoreCase);
        var dependencies = Model.GetObjects(DacQueryScopes.UserDefined, View.TypeClass).ToDictionary(
            v => $"{v.Name.Parts[0]}.{v.Name.Parts[1]}",
            v => v.GetReferenced(View.BodyDependencies)
                .Where(d => d.ObjectType == View.TypeClass)
                .Select(d => $"{d.Name.Parts[0]}.{d.Name.Parts[1]}")
                .ToList(),
            StringComparer.OrdinalIgnoreCase);
        var ordered = new List<ViewScript>();
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Visit(string name)
        {
            if (!visited.Add(name))
            {
                return;
            }

            foreach (var dependency in dependencies.GetValueOrDefault(name) ?? [])
            {
                Visit(dependency);
            }

            if (byName.TryGetValue(name, out var view))
            {
                ordered.Add(view);
            }
        }

        foreach (var name in byName.Keys.Order(StringComparer.Ordinal))
        {
            Visit(name);
        }

        return ordered;
    }

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
