using CrmInsights.Etl.Loading;

namespace CrmInsights.Loading.Tests;

public class CrashSafetyTests
{
    public static TheoryData<string> Scenarios => new() { "order_lines", "web", "customers" };

    /// <summary>
    /// Fails the batch at every statement and step it runs (including just before commit) and checks the warehouse is
    /// exactly as before each time and the file stays in the inbox; then a normal re-run reaches the same content as a
    /// run that never failed. A failure after commit (before archiving) leaves the committed batch, and the re-run skips it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Run_FailureAtEachStep_LeavesWarehouseAsBeforeAndReRunConverges(string scenario)
    {
        using var clean = new LoadHarness();
        await SetUpAsync(clean, scenario);
        var recorder = new RecordingObserver();
        clean.Loader.Observer = recorder;
        DropCorrection(clean, scenario);
        Assert.All((await clean.RunAsync()).Batches, b => Assert.Equal(BatchStatus.Loaded, b.Status));
        var expected = await clean.ContentAsync();
        var steps = recorder.Timeline.Select(t => t.Name).Distinct().ToList();
        Assert.Contains(LoadSteps.Commit, steps);
        Assert.True(steps.Count >= 10, string.Join(", ", steps));

        using var h = new LoadHarness();
        await SetUpAsync(h, scenario);
        var before = await h.ContentAsync();
        Assert.NotEqual(before, expected);
        var injector = new RecordingObserver();
        h.Loader.Observer = injector;
        foreach (var step in steps.Where(s => s != LoadSteps.Archive))
        {
            injector.FailAt = step;
            DropCorrection(h, scenario);
            if (step == BatchStatements.CountLoaded.Name)
            {
                // Before the batch starts (the warehouse cannot be asked): the run stops, nothing was written.
                await Assert.ThrowsAsync<InjectedFailureException>(() => h.RunAsync());
            }
            else
            {
                Assert.True((await h.RunAsync()).HasFailedBatches, step);
            }

            Assert.Equal(before, await h.ContentAsync());
            Assert.NotEmpty(Directory.EnumerateFiles(h.Workspace.Inbox(SourceOf(scenario))));
        }

        injector.FailAt = LoadSteps.Archive;
        await Assert.ThrowsAsync<InjectedFailureException>(() => h.RunAsync());
        Assert.Equal(expected, await h.ContentAsync());

        injector.FailAt = null;
        var rerun = await h.RunAsync();
        Assert.Equal(BatchStatus.Skipped, Assert.Single(rerun.Batches).Status);
        Assert.Equal(expected, await h.ContentAsync());
        Assert.Empty(Directory.EnumerateFiles(h.Workspace.Inbox(SourceOf(scenario))));
        Assert.Equal(steps.Count - 2, await h.CountAsync("SELECT COUNT(*) FROM etl.Batch WHERE Status = 'Failed'"));
    }

    [Fact]
    public async Task Run_FailureThenReRunWithoutArchiveFailure_ConvergesToCleanRun()
    {
        using var clean = new LoadHarness();
        await SetUpAsync(clean, "order_lines");
        DropCorrection(clean, "order_lines");
        await clean.RunAsync();

        using var h = new LoadHarness();
        await SetUpAsync(h, "order_lines");
        h.Loader.Observer = new RecordingObserver { FailAt = "OrderLine.Insert" };
        DropCorrection(h, "order_lines");
        Assert.True((await h.RunAsync()).HasFailedBatches);
        h.Loader.Observer = null;

        Assert.Equal(BatchStatus.Loaded, Assert.Single((await h.RunAsync()).Batches).Status);
        Assert.Equal(await clean.ContentAsync(), await h.ContentAsync());
    }

    private static string SourceOf(string scenario) => scenario == "web" ? "web" : "pos";

    private static async Task SetUpAsync(LoadHarness h, string scenario)
    {
        Data.DropDay(h);
        await h.RunAsync();
        if (scenario == "web")
        {
            h.Drop("web", "events-2026-05-02.jsonl", Data.Lines(Data.WebEvent(1777626090000000, "page_view", "P9", 900, page: "https://shop/q")));
            await h.RunAsync();
        }
    }

    private static void DropCorrection(LoadHarness h, string scenario)
    {
        if (scenario == "web")
        {
            h.Drop("web", "events-2026-05-01.jsonl", Data.Lines(
                Data.WebEvent(1777626000000000, "session_start", "P1", 100, page: "https://shop/a"),
                Data.WebEvent(1777626040000000, "purchase", "P2", 200, userId: "C5", value: 3m),
                Data.WebEvent(1777626090000000, "page_view", "P9", 900, page: "https://shop/q", engagement: 20000)));
        }
        else if (scenario == "customers")
        {
            // Every customer statement does work: two versions of C1 in one file (each splitting a range, so the day's facts of
            // C1 move), a correction of C2's version, C9's inferred member completed, new customers whose addresses the
            // day's unmatched email event and survey response use.
            h.Drop("pos", "customers-2026-05-02.csv", Data.Customers(
                Data.Customer("C1", "Gold", "London", "2026-05-01T08:00:00Z", "ann@example.com", lastName: "Jones"),
                Data.Customer("C1", "Silver", "London", "2026-04-15T00:00:00Z", "ann@example.com"),
                Data.Customer("C2", "Gold", "Leeds", "2026-04-01T00:00:00Z", "bob@example.com"),
                Data.Customer("C9", "Silver", "York", "2026-04-20T00:00:00Z"),
                Data.Customer("C7", "Bronze", "Hull", "2026-04-01T00:00:00Z", "nobody@example.com"),
                Data.Customer("C8", "Bronze", "Hull", "2026-04-01T00:00:00Z", "stranger@example.com")));
        }
        else
        {
            h.Drop("pos", "order_lines-2026-05-01.csv", Data.OrderLines(
                Data.Line("O1", 1, "2026-05-01T10:00:00+01:00", "C1", qty: 9),
                Data.Line("O4", 1, "2026-05-01T13:00:00+01:00", "C8"),
                Data.Line("O4", 2, "2026-05-01T13:00:00+01:00", "C8", sku: "NOPE")));
        }
    }
}
