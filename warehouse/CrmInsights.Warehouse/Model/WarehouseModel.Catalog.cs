using Microsoft.SqlServer.Dac.Model;

namespace CrmInsights.Warehouse.Model;

public sealed partial class WarehouseModel
{
    private IReadOnlyList<TableDefinition>? _tables;
    private IReadOnlyList<TableDefinition>? _views;

    /// <summary>The user tables, ordered by schema and name.</summary>
    public IReadOnlyList<TableDefinition> Tables => _tables ??= ReadObjects(Microsoft.SqlServer.Dac.Model.Table.TypeClass, isView: false);

    /// <summary>The views, ordered by schema and name (columns as DacFx infers them).</summary>
    public IReadOnlyList<TableDefinition> Views => _views ??= ReadObjects(View.TypeClass, isView: true);

    /// <summary>The table with the given schema and name (case-insensitive).</summary>
    public TableDefinition GetTable(string schema, string name) =>
        Tables.FirstOrDefault(t => string.Equals(t.Schema, schema, StringComparison.OrdinalIgnoreCase) && string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"Table '{schema}.{name}' is not in the warehouse model.");

    /// <summary>The MS_Description of every object, keyed by host name parts joined with '.' (schema.table[.column]).</summary>
    public IReadOnlyDictionary<string, string> Descriptions => _descriptions ??= ReadDescriptions();

    private IReadOnlyDictionary<string, string>? _descriptions;

    private Dictionary<string, string> ReadDescriptions()
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in Model.GetObjects(DacQueryScopes.UserDefined, ExtendedProperty.TypeClass))
        {
            if (!string.Equals(property.Name.Parts[^1], "MS_Description", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var host = property.GetReferenced(ExtendedProperty.Host).FirstOrDefault();
            var value = property.GetProperty(ExtendedProperty.Value)?.ToString();
            if (host is not null && value is not null)
            {
                result[string.Join('.', host.Name.Parts)] = Unquote(value);
            }
        }

        return result;
    }

    // DacFx keeps the value as the literal's script (N'...'); the dictionary wants the text.
    private static string Unquote(string literal)
    {
        var text = literal.Trim();
        if (text.StartsWith("N'", StringComparison.Ordinal))
        {
            text = text[1..];
        }

        return text.Length >= 2 && text[0] == '\'' && text[^1] == '\''
            ? text[1..^1].Replace("''", "'", StringComparison.Ordinal)
            : text;
    }

    private List<TableDefinition> ReadObjects(ModelTypeClass typeClass, bool isView)
    {
        var keys = ReadKeys();
        var defaults = ReadDefaults();
        var result = new List<TableDefinition>();
        foreach (var obj in Model.GetObjects(DacQueryScopes.UserDefined, typeClass))
        {
            var schema = obj.Name.Parts[0];
            var name = obj.Name.Parts[1];
            var columns = obj.GetReferenced(isView ? View.Columns : Microsoft.SqlServer.Dac.Model.Table.Columns)
                .Select(c => ReadColumn(c, defaults))
                .ToList();
            keys.TryGetValue(Key(schema, name), out var tableKeys);
            result.Add(new TableDefinition(
                schema,
                name,
                isView,
                columns,
                tableKeys.PrimaryKey ?? [],
                tableKeys.Unique ?? [],
                Descriptions.GetValueOrDefault($"{schema}.{name}")));
        }

        return result.OrderBy(t => t.Schema, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    private ColumnDefinition ReadColumn(TSqlObject column, Dictionary<string, string> defaults)
    {
        var parts = column.Name.Parts;
        var type = column.GetReferenced(Column.DataType).FirstOrDefault();
        var sqlType = type?.GetProperty<SqlDataType>(DataType.SqlDataType) ?? SqlDataType.Unknown;
        return new ColumnDefinition(
            parts[^1],
            sqlType,
            column.GetProperty<int>(Column.Length),
            column.GetProperty<bool>(Column.IsMax),
            column.GetProperty<int>(Column.Precision),
            column.GetProperty<int>(Column.Scale),
            column.GetProperty<bool>(Column.Nullable),
            column.GetProperty<bool>(Column.IsIdentity),
            defaults.GetValueOrDefault(string.Join('.', parts)),
            column.GetProperty<string>(Column.MaskingFunction),
            Descriptions.GetValueOrDefault(string.Join('.', parts)));
    }

    private Dictionary<string, string> ReadDefaults()
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var constraint in Model.GetObjects(DacQueryScopes.UserDefined, DefaultConstraint.TypeClass))
        {
            var target = constraint.GetReferenced(DefaultConstraint.TargetColumn).FirstOrDefault();
            // The expression is held as a script property; its text is what the DDL wrote.
            var expression = constraint.GetProperty(DefaultConstraint.Expression)?.ToString();
            if (target is not null && expression is not null)
            {
                result[string.Join('.', target.Name.Parts)] = expression;
            }
        }

        return result;
    }

    private Dictionary<string, (List<string>? PrimaryKey, List<IReadOnlyList<string>>? Unique)> ReadKeys()
    {
        var result = new Dictionary<string, (List<string>? PrimaryKey, List<IReadOnlyList<string>>? Unique)>(StringComparer.OrdinalIgnoreCase);
        foreach (var pk in Model.GetObjects(DacQueryScopes.UserDefined, PrimaryKeyConstraint.TypeClass))
        {
            var host = pk.GetReferenced(PrimaryKeyConstraint.Host).Single();
            var key = Key(host.Name.Parts[0], host.Name.Parts[1]);
            var entry = result.GetValueOrDefault(key);
            result[key] = (pk.GetReferenced(PrimaryKeyConstraint.Columns).Select(c => c.Name.Parts[^1]).ToList(), entry.Unique);
        }

        foreach (var uq in Model.GetObjects(DacQueryScopes.UserDefined, UniqueConstraint.TypeClass))
        {
            var host = uq.GetReferenced(UniqueConstraint.Host).Single();
            var key = Key(host.Name.Parts[0], host.Name.Parts[1]);
            var entry = result.GetValueOrDefault(key);
            var unique = entry.Unique ?? [];
            unique.Add(uq.GetReferenced(UniqueConstraint.Columns).Select(c => c.Name.Parts[^1]).ToList());
            result[key] = (entry.PrimaryKey, unique);
        }

        return result;
    }

    private static string Key(string schema, string name) => schema + "." + name;
}
