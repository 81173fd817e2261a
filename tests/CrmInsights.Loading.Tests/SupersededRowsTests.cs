namespace CrmInsights.Loading.Tests;

/// <summary>
/// A batch whose rows a later file replaces (same natural key, or a corrected file of the same name) says so in
/// etl.Batch.RowsSuperseded, so "rows of this batch in the warehouse = RowsLoaded − RowsSuperseded" holds for every batch.
/// </summary>
public class SupersededRowsTests
{
    /// <summary>Batches whose fact rows present differ from loaded − superseded (none, when the counts tell the truth).</summary>
    private const string Mismatches = """
        SELECT b.BatchId, b.Entity, b.RowsLoaded, b.RowsSuperseded, x.Present
        FROM etl.Batch AS b
        INNER JOIN (
            SELECT BatchId, COUNT(*) AS Present FROM fact.SalesLine GROUP BY BatchId
            UNION ALL SELECT BatchId, COUNT(*) FROM fact.WebEvent GROUP BY BatchId
            UNION ALL SELECT BatchId, COUNT(*) FROM fact.EmailEvent GROUP BY BatchId
            UNION ALL SELECT BatchId, COUNT(*) FROM fact.SurveyResponse GROUP BY BatchId) AS x ON x.BatchId = b.BatchId
        WHERE b.RowsLoaded - b.RowsSuperseded <> x.Present
        UNION ALL
        SELECT b.BatchId, b.Entity, b.RowsLoaded, b.RowsSuperseded, 0
        FROM etl.Batch AS b
        WHERE b.Status IN ('Succeeded', 'Replaced') AND b.Entity IN ('order_lines', 'events', 'responses') AND b.RowsLoaded <> b.RowsSuperseded
          AND NOT EXISTS (SELECT 1 FROM fact.SalesLine AS f WHERE f.BatchId = b.BatchId)
          AND NOT EXISTS (SELECT 1 FROM fact.WebEvent AS f WHERE f.BatchId = b.BatchId)
          AND NOT EXISTS (SELECT 1 FROM fact.EmailEvent AS f WHERE f.BatchId = b.BatchId)
          AND NOT EXISTS (SELECT 1 FROM fact.SurveyResponse AS f WHERE f.BatchId = b.BatchId);
        """;

    private const string Lineage = """
        SELECT Source, Entity, FileName, Status, RowsRead, RowsLoaded, RowsRejected, RowsDuplicate, RowsSuperseded
        FROM etl.Batch ORDER BY Source, Entity, FileName, BatchId
        """;

    private static async Task<LoadHarness> WithReplacingFilesAsync()
    {
        var h = new LoadHarness();
        Data.DropDay(h);
        await h.RunAsync();
        h.Drop("pos", "order_lines-2026-05-02.csv", Data.OrderLines(
            Data.Line("O1", 1, "2026-05-01T10:00:00+01:00", "C1", qty: 7),
            Data.Line("O2", 1, "2026-05-01T11:00:00+01:00", null, qty: 3),
            Data.Line("O9", 1, "2026-05-02T11:00:00+01:00", "C2"),
            Data.Line("O1", 2, "2026-05-01T10:00:00+01:00", "C1", sku: "NOPE")));
        h.Drop("survey", "responses-2026-05-02.csv", Data.Responses("R1,2026-05-01T10:00:00+01:00,S,C1,,store,10,5,1,false,,,changed"));
        h.Drop("web", "events-2026-05-02.jsonl", Data.Lines(
            Data.WebEvent(1777626000000000, "session_start", "P2", 200, page: "https://shop/y"),
            Data.WebEvent(1777626060000000, "page_view", "P2", 200, page: "https://shop/z")));
        await h.RunAsync();
        return h;
    }

    [Fact]
    public async Task Run_LinesReplacedByAnotherFile_FirstBatchCountsThemSupersededAndItsRemainingRowsAgree()
    {
        using var h = await WithReplacingFilesAsync();

        // O1/1 and O2/1 replaced; O1/2 is carried again but rejected (unknown sku), so it replaces nothing.
        Assert.Equal(
            ["order_lines-2026-05-01.csv|Succeeded|4|2", "order_lines-2026-05-02.csv|Succeeded|3|0"],
            await h.RowsAsync("SELECT FileName, Status, RowsLoaded, RowsSuperseded FROM etl.Batch WHERE Entity = 'order_lines' ORDER BY BatchId"));
        Assert.Equal(
            ["responses-2026-05-01.csv|3|1", "responses-2026-05-02.csv|1|0"],
            await h.RowsAsync("SELECT FileName, RowsLoaded, RowsSuperseded FROM etl.Batch WHERE Entity = 'responses' ORDER BY BatchId"));
        Assert.Equal(
            ["events-2026-05-01.jsonl|4|1", "events-2026-05-02.jsonl|2|0"],
            await h.RowsAsync("SELECT FileName, RowsLoaded, RowsSuperseded FROM etl.Batch WHERE Source = 'web' ORDER BY BatchId"));
        Assert.Empty(await h.RowsAsync(Mismatches));
        Assert.Equal(
            await h.CountAsync("SELECT COUNT(*) FROM fact.SalesLine"),
            await h.CountAsync("SELECT SUM(RowsLoaded - RowsSuperseded) FROM etl.Batch WHERE Entity = 'order_lines' AND Status IN ('Succeeded', 'Replaced')"));
        Assert.Equal(0, await h.CountAsync("SELECT COUNT(*) FROM etl.Batch WHERE RowsRead <> RowsLoaded + RowsRejected + RowsDuplicate AND Status = 'Succeeded'"));
    }

    [Fact]
    public async Task Run_CorrectedFileSameName_EarlierVersionIsReplacedWithEveryRemainingRowSuperseded()
    {
        using var h = await WithReplacingFilesAsync();
        h.Drop("pos", "order_lines-2026-05-01.csv", Data.OrderLines(Data.Line("O3", 1, "2026-05-01T12:00:00+01:00", "C9", qty: 4)));

        await h.RunAsync();

        // The first version kept O1/2 and O3/1 after the second file took O1/1 and O2/1; the correction removes those two.
        Assert.Equal(
            ["order_lines-2026-05-01.csv|Replaced|4|4", "order_lines-2026-05-02.csv|Succeeded|3|0", "order_lines-2026-05-01.csv|Succeeded|1|0"],
            await h.RowsAsync("SELECT FileName, Status, RowsLoaded, RowsSuperseded FROM etl.Batch WHERE Entity = 'order_lines' AND Status <> 'Skipped' ORDER BY BatchId"));
        Assert.Empty(await h.RowsAsync(Mismatches));
    }

    [Fact]
    public async Task Replay_AfterReplacingFiles_GivesTheSameLoadedAndSupersededCounts()
    {
        using var h = await WithReplacingFilesAsync();
        var before = await h.RowsAsync(Lineage);

        await h.Pipeline.ReplayAsync();

        Assert.Equal(before, await h.RowsAsync(Lineage));
        Assert.Empty(await h.RowsAsync(Mismatches));
    }
}
