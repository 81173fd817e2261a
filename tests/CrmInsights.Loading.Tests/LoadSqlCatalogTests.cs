using CrmInsights.Etl.Loading;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CrmInsights.Loading.Tests;

public class LoadSqlCatalogTests
{
    public static TheoryData<string> Names => new(LoadSqlCatalog.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void TSql_EveryCataloguedStatement_ParsesWithScriptDom(string name)
    {
        var statement = LoadSqlCatalog.All.Single(s => s.Name == name);

        var (script, errors) = TSqlParsing.Parse(statement.For(WarehouseEngineKind.SqlServer));

        Assert.True(errors.Count == 0, $"{name}: {TSqlParsing.Describe(errors)}");
        Assert.NotNull(script);
        Assert.DoesNotContain(script!.Batches.SelectMany(b => b.Statements), s => s is MergeStatement);
    }

    [Fact]
    public void Catalog_Names_AreUniqueAndDuckDbTextHasNoTSqlParameters()
    {
        Assert.Equal(LoadSqlCatalog.All.Count, LoadSqlCatalog.All.Select(s => s.Name).Distinct().Count());
        Assert.All(LoadSqlCatalog.All, s => Assert.DoesNotMatch(@"@[A-Za-z]", s.For(WarehouseEngineKind.DuckDb)));
    }

    [Fact]
    public async Task Run_EveryStatementSent_IsCatalogued()
    {
        using var h = new LoadHarness();
        var recorder = new RecordingObserver();
        h.Loader.Observer = recorder;
        Data.DropDay(h);
        h.Drop("survey", "invitations-2026-05-01.csv", "invitation_id,sent_at,survey_id,customer_id\nI1,2026-05-01T09:00:00+01:00,S,C1\n");
        await h.RunAsync();
        h.Drop("pos", "order_lines-2026-05-01.csv", Data.OrderLines(Data.Line("O1", 1, "2026-05-01T10:00:00+01:00", "C1", qty: 4)));
        await h.RunAsync();

        Assert.NotEmpty(recorder.Statements);
        Assert.All(recorder.Statements, s => Assert.True(LoadSqlCatalog.Contains(s), s.Name));
        Assert.Equal(
            EntityLoaders.InLoadOrder.SelectMany(l => l.Statements).Select(s => s.Name).Order(),
            // Batch lineage, the date dimension's extension and the batch's reconciliation (its queries and result) run in every batch's
            // transaction but belong to no entity loader (they are still checked as catalogued above).
            recorder.Statements.Select(s => s.Name).Where(n => !n.StartsWith("Batch.", StringComparison.Ordinal) && !n.StartsWith("Date.", StringComparison.Ordinal)
                && !n.StartsWith("CheckResult.", StringComparison.Ordinal) && !n.StartsWith("Reconcile.", StringComparison.Ordinal)).Distinct().Order());
    }
}
