using System.Globalization;
using System.Reflection;
using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Quartz.Impl.AdoJobStore;
using DacColumn = Microsoft.SqlServer.Dac.Model.Column;
using DacIndex = Microsoft.SqlServer.Dac.Model.Index;
using DacTable = Microsoft.SqlServer.Dac.Model.Table;

namespace CrmInsights.Warehouse.Tests.Model;

/// <summary>
/// The dacpac's schema <c>quartz</c> against the script Quartz creates for itself, read from the Quartz
/// assembly the Host runs (<c>create_sqlServer.sql</c>, prefix <c>quartz.QRTZ_</c>): every core table,
/// column (type, length, precision, nullability, default), primary key, foreign key (with its delete
/// action) and index. A Quartz upgrade that adds or changes a column fails here, before a service
/// refuses to start on a schema its store validates.
/// </summary>
[Collection(ModelGroup.Name)]
public sealed class QuartzSchemaContractTests(ModelFixture fixture)
{
    private const string Schema = "quartz";
    private const string Prefix = "QRTZ_";

    [Fact]
    public void Model_QuartzSchema_HasExactlyQuartzCoreTables()
    {
        var ours = QuartzTables().Select(t => t.Name.Parts[1]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(AllTableNames.Select(n => Prefix + n).Order(StringComparer.Ordinal), ours);
        // The script also creates the optional execution-history tables; we keep our own history (etl.JobRun).
        var scripted = QuartzScript.Tables.Keys.ToList();
        Assert.Equal(scripted.Order(StringComparer.Ordinal),
            ours.Concat(OptionalTableNames.Select(o => Prefix + o.Item1)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Model_QuartzCoreTables_MatchQuartzScriptColumnForColumn()
    {
        var problems = new List<string>();
        foreach (var (name, expected) in CoreTablesOfScript())
        {
            var table = fixture.Model.GetTable(Schema, name);
            var actual = table.Columns.Select(c => new ColumnFacts(c.Name, TypeText(c), c.IsNullable, NormaliseDefault(c.DefaultExpression))).ToList();
            if (!expected.Columns.SequenceEqual(actual))
            {
                problems.Add($"{name}: Quartz has{Environment.NewLine}    {string.Join(", ", expected.Columns)}{Environment.NewLine}  the dacpac has{Environment.NewLine}    {string.Join(", ", actual)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Model_QuartzCoreTables_MatchQuartzScriptKeysAndIndexes()
    {
        var ours = ReadModelKeys();
        foreach (var (name, expected) in CoreTablesOfScript())
        {
            Assert.Equal(expected.PrimaryKey, ours.PrimaryKeys.GetValueOrDefault(name));
            Assert.Equal(expected.ForeignKeys.Order(StringComparer.Ordinal), ours.ForeignKeys.GetValueOrDefault(name, []).Order(StringComparer.Ordinal));
            Assert.Equal(QuartzScript.Indexes.GetValueOrDefault(name, []).Order(StringComparer.Ordinal), ours.Indexes.GetValueOrDefault(name, []).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Model_QuartzCoreTables_HaveEveryColumnQuartzMigrationsAdded()
    {
        var missing = MigratedColumnNames
            .Where(m => !fixture.Model.GetTable(Schema, Prefix + m.Item1).Columns.Any(c => c.Name == m.Item2))
            .Select(m => $"{Prefix}{m.Item1}.{m.Item2} ({m.Item3})")
            .ToList();

        Assert.True(missing.Count == 0, "Missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void QuartzScript_WithAnAddedColumn_NoLongerMatchesTheModel()
    {
        // The comparison itself must be able to fail: a script with one more column is not the model.
        var changed = ParsedScript.Parse(ParsedScript.ReadEmbedded().Replace(
            "    FIXED_DELAY bit NULL,", "    FIXED_DELAY bit NULL,\n    NEW_COLUMN int NULL,", StringComparison.Ordinal));
        var table = fixture.Model.GetTable(Schema, Prefix + "TRIGGERS");

        Assert.Contains(new ColumnFacts("NEW_COLUMN", "int", true, null), changed.Tables[Prefix + "TRIGGERS"].Columns);
        Assert.NotEqual(changed.Tables[Prefix + "TRIGGERS"].Columns.Count, table.Columns.Count);
    }

    // Quartz keeps its table lists internal; they are what its own schema check and migrations go by, so
    // the test reads them rather than a copy that would not notice a Quartz upgrade.
    private static readonly string[] AllTableNames = QuartzInternal<string[]>("AllTableNames");
    private static readonly (string Table, string Migration, string Feature)[] OptionalTableNames = QuartzInternal<(string, string, string)[]>("OptionalTableNames");
    private static readonly (string Table, string Column, string Migration)[] MigratedColumnNames = QuartzInternal<(string, string, string)[]>("MigratedColumnNames");

    private static T QuartzInternal<T>(string field) =>
        (T)(typeof(AdoConstants).GetField(field, BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"Quartz's AdoConstants.{field} is gone; read the release notes and update this test."));

    private static readonly Lazy<ParsedScript> Script = new(() => ParsedScript.Parse(ParsedScript.ReadEmbedded()));

    private static ParsedScript QuartzScript => Script.Value;

    private static IEnumerable<(string Name, TableFacts Facts)> CoreTablesOfScript() =>
        AllTableNames.Select(n => (Prefix + n, QuartzScript.Tables[Prefix + n]));

    private List<TSqlObject> QuartzTables() =>
        fixture.Model.Model.GetObjects(DacQueryScopes.UserDefined, DacTable.TypeClass).Where(t => t.Name.Parts[0] == Schema).ToList();

    private (Dictionary<string, string> PrimaryKeys, Dictionary<string, List<string>> ForeignKeys, Dictionary<string, List<string>> Indexes) ReadModelKeys()
    {
        var model = fixture.Model.Model;
        var primaryKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pk in model.GetObjects(DacQueryScopes.UserDefined, PrimaryKeyConstraint.TypeClass))
        {
            var host = pk.GetReferenced(PrimaryKeyConstraint.Host).Single();
            if (host.Name.Parts[0] == Schema)
            {
                primaryKeys[host.Name.Parts[1]] = KeyText(pk.Name.Parts[^1], pk.GetReferenced(PrimaryKeyConstraint.Columns).Select(c => c.Name.Parts[^1]), pk.GetProperty<bool>(PrimaryKeyConstraint.Clustered));
            }
        }

        var foreignKeys = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var fk in model.GetObjects(DacQueryScopes.UserDefined, ForeignKeyConstraint.TypeClass))
        {
            var host = fk.GetReferenced(ForeignKeyConstraint.Host).Single();
            if (host.Name.Parts[0] != Schema)
            {
                continue;
            }

            var target = fk.GetReferenced(ForeignKeyConstraint.ForeignTable).Single();
            var text = ForeignKeyText(fk.Name.Parts[^1], fk.GetReferenced(ForeignKeyConstraint.Columns).Select(c => c.Name.Parts[^1]),
                $"{target.Name.Parts[0]}.{target.Name.Parts[1]}", fk.GetReferenced(ForeignKeyConstraint.ForeignColumns).Select(c => c.Name.Parts[^1]),
                fk.GetProperty<ForeignKeyAction>(ForeignKeyConstraint.DeleteAction) == ForeignKeyAction.Cascade);
            (foreignKeys.TryGetValue(host.Name.Parts[1], out var list) ? list : foreignKeys[host.Name.Parts[1]] = []).Add(text);
        }

        var indexes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var index in model.GetObjects(DacQueryScopes.UserDefined, DacIndex.TypeClass))
        {
            var host = index.GetReferenced(DacIndex.IndexedObject).Single();
            if (host.Name.Parts[0] != Schema)
            {
                continue;
            }

            var columns = index.GetReferencedRelationshipInstances(DacIndex.Columns)
                .Select(r => r.ObjectName.Parts[^1] + (r.GetProperty<bool>(DacIndex.ColumnsRelationship.Ascending) ? string.Empty : " DESC"));
            var text = IndexText(index.Name.Parts[^1], columns, index.GetProperty<bool>(DacIndex.Unique), index.GetProperty<bool>(DacIndex.Clustered));
            (indexes.TryGetValue(host.Name.Parts[1], out var list) ? list : indexes[host.Name.Parts[1]] = []).Add(text);
        }

        return (primaryKeys, foreignKeys, indexes);
    }

    private static string TypeText(CrmInsights.Warehouse.Model.ColumnDefinition column) => column.SqlType switch
    {
        SqlDataType.NVarChar or SqlDataType.VarChar or SqlDataType.VarBinary or SqlDataType.NChar or SqlDataType.Char or SqlDataType.Binary =>
            $"{column.SqlType.ToString().ToLowerInvariant()}({(column.IsMax ? "max" : column.Length.ToString(CultureInfo.InvariantCulture))})",
        SqlDataType.Decimal or SqlDataType.Numeric => $"{column.SqlType.ToString().ToLowerInvariant()}({column.Precision},{column.Scale})",
        _ => column.SqlType.ToString().ToLowerInvariant(),
    };

    private static string? NormaliseDefault(string? expression) =>
        expression is null ? null : new string(expression.Where(c => c is not '(' and not ')' && !char.IsWhiteSpace(c)).ToArray());

    private static string KeyText(string name, IEnumerable<string> columns, bool clustered) =>
        $"{name} ({string.Join(", ", columns)}){(clustered ? " CLUSTERED" : string.Empty)}";

    private static string ForeignKeyText(string name, IEnumerable<string> columns, string target, IEnumerable<string> targetColumns, bool cascade) =>
        $"{name} ({string.Join(", ", columns)}) -> {target} ({string.Join(", ", targetColumns)}){(cascade ? " ON DELETE CASCADE" : string.Empty)}";

    private static string IndexText(string name, IEnumerable<string> columns, bool unique, bool clustered) =>
        $"{name} ({string.Join(", ", columns)}){(unique ? " UNIQUE" : string.Empty)}{(clustered ? " CLUSTERED" : string.Empty)}";

    private sealed record ColumnFacts(string Name, string Type, bool Nullable, string? Default)
    {
        public override string ToString() => $"{Name} {Type}{(Nullable ? " NULL" : " NOT NULL")}{(Default is null ? string.Empty : " DEFAULT " + Default)}";
    }

    private sealed record TableFacts(List<ColumnFacts> Columns, string PrimaryKey, List<string> ForeignKeys);

    /// <summary>Quartz's own SQL Server script, parsed with ScriptDom: tables and indexes by table name (without schema).</summary>
    private sealed class ParsedScript : TSqlFragmentVisitor
    {
        public Dictionary<string, TableFacts> Tables { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<string>> Indexes { get; } = new(StringComparer.Ordinal);

        public static string ReadEmbedded()
        {
            const string resource = "Quartz.Impl.AdoJobStore.Schema.create_sqlServer.sql";
            var assembly = typeof(AdoConstants).Assembly;
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"{assembly.GetName().Name} {assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion} has no resource {resource}.");
            using var reader = new StreamReader(stream);
            // {0} is the configured table prefix, {1} the same without its schema (constraint and index names).
            return reader.ReadToEnd().Replace("{0}", Schema + "." + Prefix, StringComparison.Ordinal).Replace("{1}", Prefix, StringComparison.Ordinal);
        }

        public static ParsedScript Parse(string script)
        {
            var result = new ParsedScript();
            // The store splits on lines reading '--;;' and sends each piece as one command.
            foreach (var statement in script.ReplaceLineEndings("\n").Split("\n--;;\n"))
            {
                var parser = new TSql160Parser(initialQuotedIdentifiers: true);
                using var reader = new StringReader(statement);
                var fragment = parser.Parse(reader, out var errors);
                Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")) + Environment.NewLine + statement);
                fragment.Accept(result);
            }

            return result;
        }

        public override void ExplicitVisit(CreateTableStatement node)
        {
            Assert.Equal(Schema, node.SchemaObjectName.SchemaIdentifier?.Value);
            var columns = node.Definition.ColumnDefinitions.Select(c => new ColumnFacts(
                c.ColumnIdentifier.Value,
                TypeText(c.DataType),
                c.Constraints.OfType<NullableConstraintDefinition>().SingleOrDefault()?.Nullable ?? true,
                c.DefaultConstraint is { } d ? NormaliseDefault(Text(d.Expression)) : null)).ToList();
            var constraints = node.Definition.TableConstraints;
            var pk = constraints.OfType<UniqueConstraintDefinition>().Single(u => u.IsPrimaryKey);
            var foreignKeys = constraints.OfType<ForeignKeyConstraintDefinition>()
                .Select(f => ForeignKeyText(f.ConstraintIdentifier.Value, f.Columns.Select(c => c.Value),
                    $"{f.ReferenceTableName.SchemaIdentifier?.Value}.{f.ReferenceTableName.BaseIdentifier.Value}", f.ReferencedTableColumns.Select(c => c.Value),
                    f.DeleteAction == DeleteUpdateAction.Cascade))
                .ToList();
            Tables[node.SchemaObjectName.BaseIdentifier.Value] = new TableFacts(columns,
                KeyText(pk.ConstraintIdentifier.Value, pk.Columns.Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value), pk.Clustered ?? true),
                foreignKeys);
        }

        public override void ExplicitVisit(CreateIndexStatement node)
        {
            var columns = node.Columns.Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value + (c.SortOrder == SortOrder.Descending ? " DESC" : string.Empty));
            var table = node.OnName.BaseIdentifier.Value;
            (Indexes.TryGetValue(table, out var list) ? list : Indexes[table] = []).Add(IndexText(node.Name.Value, columns, node.Unique, node.Clustered ?? false));
        }

        private static string TypeText(DataTypeReference type)
        {
            var sql = Assert.IsType<SqlDataTypeReference>(type);
            var name = sql.SqlDataTypeOption.ToString().ToLowerInvariant();
            return sql.Parameters.Count == 0
                ? name
                : $"{name}({string.Join(",", sql.Parameters.Select(p => p is MaxLiteral ? "max" : p.Value))})";
        }

        private static string Text(TSqlFragment fragment) =>
            string.Concat(Enumerable.Range(fragment.FirstTokenIndex, fragment.LastTokenIndex - fragment.FirstTokenIndex + 1).Select(i => fragment.ScriptTokenStream[i].Text));
    }
}
