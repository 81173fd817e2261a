using CrmInsights.Etl.Loading;

namespace CrmInsights.Loading.Tests;

public class FactTests
{
    private static async Task<LoadHarness> WithDayAsync()
    {
        var h = new LoadHarness();
        Data.DropDay(h);
        await h.RunAsync();
        return h;
    }

    [Fact]
    public async Task Run_SameFilesDeliveredAgain_ChangesNothing()
    {
        using var h = await WithDayAsync();
        var before = await h.ContentAsync();
        Data.DropDay(h);

        var summary = await h.RunAsync();

        Assert.All(summary.Batches, b => Assert.Equal(BatchStatus.Skipped, b.Status));
        Assert.Equal(before, await h.ContentAsync());
        Assert.Empty(Directory.EnumerateFiles(h.Workspace.Inbox("pos")));
    }

    [Fact]
    public async Task Run_CorrectedFileSameName_ReplacesFactsOfEarlierVersion()
    {
        using var h = await WithDayAsync();
        h.Drop("pos", "order_lines-2026-05-01.csv", Data.OrderLines(
            Data.Line("O1", 1, "2026-05-01T10:00:00+01:00", "C1", qty: 5),
            Data.Line("O3", 1, "2026-05-01T12:00:00+01:00", "C9")));

        var summary = await h.RunAsync();

        Assert.Equal(["O1|1|5", "O3|1|2"], await h.RowsAsync("SELECT OrderId, LineNumber, Quantity FROM fact.SalesLine ORDER BY OrderId"));
        Assert.Equal(["Replaced", "Succeeded"], await h.RowsAsync("SELECT Status FROM etl.Batch WHERE Entity = 'order_lines' ORDER BY BatchId"));
        var batch = Assert.Single(summary.Batches);
        Assert.Equal((2L, 2L), (batch.RowsRead, batch.RowsLoaded));
    }

    [Fact]
    public async Task Run_NaturalKeyInAnotherFile_ReplacesTheRowNeverTwice()
    {
        using var h = await WithDayAsync();
        h.Drop("pos", "order_lines-2026-05-02.csv", Data.OrderLines(Data.Line("O1", 1, "2026-05-01T10:00:00+01:00", "C1", qty: 7)));
        h.Drop("survey", "responses-2026-05-02.csv", Data.Responses("R1,2026-05-01T10:00:00+01:00,S,C1,,store,10,5,1,false,,,changed"));

        await h.RunAsync();

        Assert.Equal(["7"], await h.RowsAsync("SELECT Quantity FROM fact.SalesLine WHERE OrderId = 'O1' AND LineNumber = 1"));
        Assert.Equal(["10|changed"], await h.RowsAsync("SELECT Nps, Comment FROM fact.SurveyResponse WHERE ResponseId = 'R1'"));
        Assert.Equal(4, await h.CountAsync("SELECT COUNT(*) FROM fact.SalesLine"));
    }

    [Fact]
    public async Task Run_UnknownSkuOrStore_RejectedAtLoadWithReasonAndCounts()
    {
        using var h = await WithDayAsync();
        h.Drop("pos", "order_lines-2026-05-02.csv", Data.OrderLines(
            Data.Line("O5", 1, "2026-05-02T10:00:00+01:00", "C1", sku: "NOPE"),
            Data.Line("O5", 2, "2026-05-02T10:00:00+01:00", "C1", store: "S404"),
            Data.Line("O5", 3, "2026-05-02T10:00:00+01:00", "C1"),
            "O5,x,2026-05-02T10:00:00+01:00,S1,C1,SKU1,1,1.00,,,,,,,"));

        var batch = Assert.Single((await h.RunAsync()).Batches);

        Assert.Equal((4L, 1L, 3L, 0L), (batch.RowsRead, batch.RowsLoaded, batch.RowsRejected, batch.RowsDuplicate));
        Assert.Equal(
            ["1|sku|unknown_reference", "2|store_id|unknown_reference", "4|line_number|invalid_integer"],
            await h.RowsAsync($"SELECT RowNumber, FieldName, Reason FROM etl.Reject WHERE BatchId = {batch.BatchId} ORDER BY RowNumber"));
        Assert.Equal(["4|1|3|0"], await h.RowsAsync($"SELECT RowsRead, RowsLoaded, RowsRejected, RowsDuplicate FROM etl.Batch WHERE BatchId = {batch.BatchId}"));
    }

    [Fact]
    public async Task Run_EveryBatch_RowsReadEqualLoadedPlusRejectedPlusDuplicates()
    {
        using var h = await WithDayAsync();
        h.Drop("email", "events-2026-05-02.jsonl", Data.Lines(
            Data.EmailEvent("E1", "ann@example.com", 1777626000, "delivered"),
            Data.EmailEvent("E9", "ann@example.com", 1777626000, "click"),
            Data.EmailEvent("E9", "ann@example.com", 1777626000, "click"),
            Data.EmailEvent("E10", "ann@example.com", 1777626000, "opened")));
        var batch = Assert.Single((await h.RunAsync()).Batches);

        Assert.Equal((4L, 1L, 1L, 2L), (batch.RowsRead, batch.RowsLoaded, batch.RowsRejected, batch.RowsDuplicate));
        Assert.Equal(0, await h.CountAsync("SELECT COUNT(*) FROM etl.Batch WHERE Status = 'Succeeded' AND RowsRead <> RowsLoaded + RowsRejected + RowsDuplicate"));
        Assert.Equal(9, await h.CountAsync("SELECT COUNT(*) FROM etl.Batch WHERE Status = 'Succeeded'"));
    }

    [Fact]
    public async Task Run_EmailEvents_DedupedByIdAndMatchedByNormalisedEmailElseUnknown()
    {
        using var h = await WithDayAsync();

        Assert.Equal(
            ["E1|C1", "E2|C1", "E3|UNKNOWN"],
            await h.RowsAsync("SELECT f.EventId, c.CustomerId FROM fact.EmailEvent f JOIN dim.Customer c ON c.CustomerKey = f.CustomerKey ORDER BY f.EventId"));
        Assert.Equal(["CMP1"], await h.RowsAsync("SELECT DISTINCT c.CampaignId FROM fact.EmailEvent f JOIN dim.Campaign c ON c.CampaignKey = f.CampaignKey"));
    }

    [Fact]
    public async Task Run_SurveyResponses_ResolveByIdThenEmailElseUnknown()
    {
        using var h = await WithDayAsync();

        Assert.Equal(
            ["R1|C1|store|2.50", "R2|C2|web|∅", "R3|UNKNOWN|phone|∅"],
            await h.RowsAsync("""
                SELECT f.ResponseId, c.CustomerId, t.TouchpointCode, f.ResolutionHours FROM fact.SurveyResponse f
                JOIN dim.Customer c ON c.CustomerKey = f.CustomerKey JOIN dim.Touchpoint t ON t.TouchpointKey = f.TouchpointKey ORDER BY f.ResponseId
                """));
        Assert.Equal(["=HYPERLINK(\"x\")"], await h.RowsAsync("SELECT Comment FROM fact.SurveyResponse WHERE ResponseId = 'R2'"));
    }

    [Fact]
    public async Task Run_WebEvents_SessionisedWithGa4Rules()
    {
        using var h = new LoadHarness();
        Data.DropDay(h);
        h.Drop("web", "events-2026-05-01.jsonl", Data.Lines(
            // P1: two page views, user id on the last event only → engaged, stitched to C1 for the whole session
            Data.WebEvent(1777626000000000, "session_start", "P1", 100, page: "https://shop/a"),
            Data.WebEvent(1777626001000000, "page_view", "P1", 100, page: "https://shop/a", engagement: 500),
            Data.WebEvent(1777626003000000, "page_view", "P1", 100, userId: "C1", page: "https://shop/b", engagement: 500),
            // P2: a single page view of 2 s → bounce (not engaged)
            Data.WebEvent(1777626000000000, "page_view", "P2", 200, page: "https://shop/x", engagement: 2000),
            // P3: one page view lasting 12 s of engagement → engaged
            Data.WebEvent(1777626000000000, "page_view", "P3", 300, page: "https://shop/y", engagement: 12000),
            // P4: a purchase → engaged and converted, by a customer never seen (inferred)
            Data.WebEvent(1777626000000000, "session_start", "P4", 400, userId: "C77", page: "https://shop/z"),
            Data.WebEvent(1777626002000000, "purchase", "P4", 400, userId: "C77", value: 12.5m)));
        await h.RunAsync();

        Assert.Equal(
            ["P1|C1|3|2|True|False|∅|https://shop/a", "P2|UNKNOWN|1|1|False|False|∅|https://shop/x", "P3|UNKNOWN|1|1|True|False|∅|https://shop/y",
             "P4|C77|2|0|True|True|12.5|https://shop/z"],
            await h.RowsAsync("""
                SELECT f.UserPseudoId, c.CustomerId, f.EventCount, f.PageViews, f.IsEngaged, f.HasPurchase, f.PurchaseValue, f.LandingPage
                FROM fact.WebSession f JOIN dim.Customer c ON c.CustomerKey = f.CustomerKey ORDER BY f.UserPseudoId
                """));
    }

    [Fact]
    public async Task Run_LateEventForASession_RebuildsTheSession()
    {
        using var h = await WithDayAsync();
        h.Drop("web", "events-2026-05-02.jsonl", Data.Lines(
            Data.WebEvent(1777626040000000, "page_view", "P2", 200, userId: "C2", page: "https://shop/late", engagement: 100)));
        await h.RunAsync();

        Assert.Equal(
            ["P2|C2|2|1|True"],
            await h.RowsAsync("""
                SELECT f.UserPseudoId, c.CustomerId, f.EventCount, f.PageViews, f.IsEngaged
                FROM fact.WebSession f JOIN dim.Customer c ON c.CustomerKey = f.CustomerKey WHERE f.UserPseudoId = 'P2'
                """));
    }

    [Fact]
    public async Task Run_CorrectedWebFileDropsEvents_SessionsRebuiltOrRemoved()
    {
        using var h = await WithDayAsync();
        h.Drop("web", "events-2026-05-01.jsonl", Data.Lines(
            Data.WebEvent(1777626000000000, "session_start", "P1", 100, page: "https://shop/a")));
        await h.RunAsync();

        Assert.Equal(["P1|1|False"], await h.RowsAsync("SELECT UserPseudoId, EventCount, IsEngaged FROM fact.WebSession ORDER BY 1"));
        Assert.Equal(1, await h.CountAsync("SELECT COUNT(*) FROM fact.WebEvent"));
    }
}
