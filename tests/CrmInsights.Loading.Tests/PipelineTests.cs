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
