using CrmInsights.Etl.Loading;

namespace CrmInsights.Loading.Tests;

public class PipelineTests
{
    [Fact]
    public async Task RunAsync_CompleteDay_LoadsEveryEntityAndChecksPass()
    {
        using var h = new LoadHarness();
        Data.DropDay(h);

        var summary = await h.RunAsync();

        Assert.All(summary.Batches, b => Assert.Equal(BatchStatus.Loaded, b.Status));
        Assert.Equal(8, summary.Batches.Count);
        Assert.Equal(4, await h.CountAsync("SELECT COUNT(*) FROM fact.SalesLine"));
        Assert.Equal(3, await h.CountAsync("SELECT COUNT(*) FROM fact.EmailEvent"));
        Assert.Equal(3, await h.CountAsync("SELECT COUNT(*) FROM fact.SurveyResponse"));
        Assert.Equal(2, await h.CountAsync("SELECT COUNT(*) FROM fact.WebSession"));
        var failed = summary.Checks.Where(c => !c.Passed).Select(c => c.Name + ": " + c.Message + " " + c.Sample).ToList();
        Assert.True(failed.All(f => f.StartsWith("customers_still_inferred", StringComparison.Ordinal) || f.StartsWith("freshness", StringComparison.Ordinal)), string.Join("\n", failed));
        Assert.False(await h.Checks.HasBlockingFailuresAsync());
        Assert.Empty(Directory.EnumerateFiles(h.Workspace.Inbox("pos")));
    }
}

public class ReplayTests
{
    [Fact]
    public async Task ReplayAsync_FromTheLakeAlone_RebuildsTheSameWarehouse()
    {
        using var h = new LoadHarness();
        Data.DropDay(h);
        await h.RunAsync();
        h.Drop("pos", "order_lines-2026-05-01.csv", Data.OrderLines(Data.Line("O1", 1, "2026-05-01T10:00:00+01:00", "C1", qty: 5)));
        h.Drop("pos", "customers-2026-05-03.csv", Data.Customers(Data.Customer("C1", "Gold", "London", "2026-05-03T00:00:00Z", "ann@example.com")));
        await h.RunAsync();
        var built = await h.ContentAsync();

        var summary = await h.Pipeline.ReplayAsync();

        Assert.Equal(10, summary.Count(Etl.Loading.BatchStatus.Loaded));
        Assert.Equal(built, await h.ContentAsync());
        Assert.Equal(["Replaced", "Succeeded"], await h.RowsAsync("SELECT Status FROM etl.Batch WHERE Entity = 'order_lines' ORDER BY BatchId"));
    }
}

public class StatusTests
{
    [Fact]
    public async Task GetAsync_AfterRun_ShowsPerSourceCountsFreshnessAndTopRejectReasons()
    {
        using var h = new LoadHarness();
        Data.DropDay(h);
        // Two rows without a readable recorded_at (required: rejected) and one NPS off its scale (optional: NULL, a warning).
        h.Drop("survey", "responses-2026-05-02.csv", Data.Responses(
            "R9,yesterday,S,C1,,store,9,,,false,,,", "R8,2026-13-02T10:00:00+01:00,S,C1,,store,9,,,false,,,", "R7,2026-05-02T10:00:00+01:00,S,C1,,store,11,,,false,,,"));
        await h.RunAsync();

        var status = await h.Status.GetAsync();

        Assert.Equal(["email", "pos", "survey", "web"], status.Select(s => s.Source));
        var survey = status.Single(s => s.Source == "survey");
        Assert.True(survey.IsFresh);
        Assert.Equal((6L, 4L, 2L, 1L), (survey.RowsRead, survey.RowsLoaded, survey.RowsRejected, survey.FieldWarnings));
        Assert.Equal(("invalid_timestamp", 2L), Assert.Single(survey.TopRejectReasons));
        Assert.Equal(4, status.Single(s => s.Source == "pos").LastBatches.Count);
    }
}
