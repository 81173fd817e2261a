using CrmInsights.Etl.Loading;
using CrmInsights.Etl.Sources;
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
        h.Drop("email", "audiences-2026-05-01.csv", "campaign_id,email,group\nK1,ann@example.com,control\n");
        await h.RunAsync();
        h.Drop("pos", "order_lines-2026-05-01.csv", Data.OrderLines(Data.Line("O1", 1, "2026-05-01T10:00:00+01:00", "C1", qty: 4)));
        await h.RunAsync();
        // A loader skips the statements that cannot change a batch (no earlier version of its file, no reject, no inference
        // configured), so these drops give every statement a batch it applies to: corrected event files, a line that is
        // rejected, and lines whose store and product are inferred.
        h.Drop("email", "events-2026-05-01.jsonl", Data.Lines(Data.EmailEvent("E1", "ann@example.com", 1777626000, "delivered")));
        h.Drop("web", "events-2026-05-01.jsonl", Data.Lines(Data.WebEvent(1777626000000000, "session_start", "P1", 100, page: "https://shop/a")));
        h.Drop("email", "audiences-2026-05-01.csv", "campaign_id,email,group\nK1,ann@example.com,treatment\n");
        h.Drop("pos", "order_lines-2026-05-02.csv", Data.OrderLines(
            Data.Line("O4", 1, "2026-05-02T10:00:00+01:00", "C1"), Data.Line("O4", 2, "2026-05-02T10:00:00+01:00", "C1", sku: "SKU404")));
        await h.RunAsync();
        h.Options.Sources["pos"].Entities["order_lines"] = new EntityMappingOptions { InferMissingReferences = true };
        h.Drop("pos", "order_lines-2026-05-03.csv", Data.OrderLines(Data.Line("O5", 1, "2026-05-03T10:00:00+01:00", "C1", sku: "SKU9", store: "S9")));
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
