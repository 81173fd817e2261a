using System.Globalization;
using CrmInsights.Warehouse.Model;
using CrmInsights.Warehouse.ReferenceData;
using DuckDB.NET.Data;
using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CrmInsights.Warehouse.Tests.ReferenceData;

[Collection(ModelGroup.Name)]
public sealed class ReferenceRowsTests(ModelFixture fixture)
{
    [Fact]
    public void PostDeployScriptAndDuckDb_SameReferenceRows()
    {
        var script = CrmInsights.Warehouse.Dacpac.DacpacBuilder.ReadPostDeploymentScript(fixture.DacpacPath)!;
        var fromScript = RowsFromScript(script);
        using var connection = new DuckDBConnection($"Data Source={fixture.DuckDbTemplatePath};ACCESS_MODE=READ_ONLY");
        connection.Open();

        foreach (var seed in ReferenceRows.All)
        {
            var table = fixture.Model.GetTable(seed.Schema, seed.Name);
            var expected = fromScript[seed.FullName];
            var actual = RowsFromDuckDb(connection, table, seed);

            Assert.Equal(expected.Count, actual.Count);
            Assert.Equal(expected, actual);
        }

        Assert.Equal(ReferenceRows.All.Select(s => s.FullName).Order(), fromScript.Keys.Order());
    }

    [Fact]
    public void Seeds_EveryColumn_ExistsAndEveryRequiredColumnIsGiven()
    {
        foreach (var seed in ReferenceRows.All)
        {
            var table = fixture.Model.GetTable(seed.Schema, seed.Name);
            foreach (var column in seed.Columns)
            {
                Assert.NotNull(table.Column(column));
            }

            var missing = table.Columns.Where(c => !c.IsNullable && c.DefaultExpression is null && !seed.Columns.Contains(c.Name)).Select(c => c.Name).ToList();
            Assert.True(missing.Count == 0, $"{seed.FullName} seed lacks NOT NULL columns without default: {string.Join(", ", missing)}");
            Assert.All(seed.Rows, r => Assert.Equal(seed.Columns.Count, r.Length));
            Assert.Equal(table.Column(seed.KeyColumn).IsIdentity, seed.IsIdentityKey);
        }
    }

    // T-SQL side: the literals of each INSERT ... SELECT FROM (VALUES ...) in the post-deploy script.
    private static Dictionary<string, List<string>> RowsFromScript(string script)
    {
        var (tree, errors) = TSqlParsing.Parse(script);
        Assert.True(errors.Count == 0, TSqlParsing.Describe(errors));
        var result = new Dictionary<string, List<string>>();
        foreach (var insert in tree!.Batches.SelectMany(b => b.Statements).OfType<InsertStatement>())
        {
            var target = (NamedTableReference)insert.InsertSpecification.Target;
            var name = $"{target.SchemaObject.SchemaIdentifier.Value}.{target.SchemaObject.BaseIdentifier.Value}";
            var query = (QuerySpecification)((SelectInsertSource)insert.InsertSpecification.InsertSource).Select;
            var values = (InlineDerivedTable)query.FromClause.TableReferences[0];
            if (!result.TryGetValue(name, out var rows))
            {
                result[name] = rows = [];
            }

            rows.AddRange(values.RowValues.Select(r => string.Join("|", r.ColumnValues.Select(LiteralText))));
        }

        return result;
    }

    private static string LiteralText(ScalarExpression expression) => expression switch
    {
        NullLiteral => "NULL",
        Literal literal => literal.Value,
        UnaryExpression { UnaryExpressionType: UnaryExpressionType.Negative, Expression: Literal literal } => "-" + literal.Value,
        _ => throw new InvalidOperationException($"Unexpected expression {expression.GetType().Name} in the seed script."),
    };

    private static List<string> RowsFromDuckDb(DuckDBConnection connection, CrmInsights.Warehouse.Model.TableDefinition table, SeedTable seed)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", seed.Columns.Select(c => "\"" + c + "\""))} FROM \"{seed.Schema}\".\"{seed.Name}\" ORDER BY \"{seed.KeyColumn}\"";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", seed.Columns.Select((c, i) => reader.IsDBNull(i) ? "NULL" : Text(table.Column(c).SqlType, reader.GetValue(i)))));
        }

        return rows;
    }

    private static string Text(SqlDataType type, object value) => (type, value) switch
    {
        (SqlDataType.Bit, bool b) => b ? "1" : "0",
        (SqlDataType.Date, DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (SqlDataType.Date, DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (SqlDataType.DateTime2, DateTime t) => t.ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
