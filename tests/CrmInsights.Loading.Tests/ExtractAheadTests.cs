using CrmInsights.Etl.Loading;

namespace CrmInsights.Loading.Tests;

/// <summary>
/// The next inbox file is extracted while a batch loads (EtlPipeline.ExtractAhead). Loads stay in order and one at a time;
/// these pin what running ahead must not change: content seen twice, and a run whose loads fail with files landed ahead.
/// </summary>
public class ExtractAheadTests
{
    private const string Day = "2026-05-01T10:00:00+01:00";

    [Fact]
    public async Task Run_TheSameContentInTwoFilesInARow_SecondSkippedAndTheFirstLandingKept()
    {
        using var h = new LoadHarness();
        h.Drop("pos", "stores-2026-05-01.csv", Data.Stores);
        h.Drop("pos", "products-2026-05-01.csv", Data.Products);
        var lines = Data.OrderLines(Data.Line("O1", 1, Day, null), Data.Line("O2", 1, Day, null));
        h.Drop("pos", "order_lines-2026-05-01.csv", lines);
        h.Drop("pos", "order_lines-2026-05-02.csv", lines);

        var summary = await h.RunAsync();

        Assert.Equal([BatchStatus.Loaded, BatchStatus.Skipped], summary.Batches.Where(b => b.Entity == "order_lines").Select(b => b.Status));
        Assert.Equal(2, await h.CountAsync("SELECT COUNT(*) FROM fact.SalesLine"));
        // The second file's content is the first's: extracting it ahead must not have removed the landing being loaded.
        Assert.Single(LakeFiles(h, "*.parquet"));
        Assert.Single(LakeFiles(h, "*" + LakeManifest.Suffix));
        var built = await h.ContentAsync();
        await h.Pipeline.ReplayAsync();
        Assert.Equal(built, await h.ContentAsync());
    }

    [Fact]
    public async Task Run_LoadsFailWhileTheNextFileWasExtractedAhead_ReRunLandsEachFileOnceWithOneRejectsAndWarningsFile()
    {
        using var h = new LoadHarness();
        h.Drop("pos", "stores-2026-05-01.csv", Data.Stores);
        h.Drop("pos", "products-2026-05-01.csv", Data.Products);
        h.Drop("pos", "order_lines-2026-05-01.csv", Data.OrderLines(Data.Line("O1", 1, Day, null)));
        // The second file has a row with an unreadable quantity and one with unreadable points (optional: nulled with a
        // warning): a rejects file and a warnings file, written while the first file loads.
        h.Drop("pos", "order_lines-2026-05-02.csv", Data.OrderLines(
            $"O2,1,{Day},S1,,SKU1,2,3.00,0.50,0.60,GBP,,card,many,0", $"O3,1,{Day},S1,,SKU1,lots,3.00,0.50,0.60,GBP,,card,5,0"));
        h.Loader.Observer = new RecordingObserver { FailAt = "OrderLine.Insert" };
        var failed = await h.RunAsync();
        Assert.Equal([BatchStatus.Failed, BatchStatus.Failed], failed.Batches.Where(b => b.Entity == "order_lines").Select(b => b.Status));
        Assert.Equal(0, await h.CountAsync("SELECT COUNT(*) FROM fact.SalesLine"));

        h.Loader.Observer = null;
        var summary = await h.RunAsync();

        Assert.Equal([BatchStatus.Loaded, BatchStatus.Loaded], summary.Batches.Where(b => b.Entity == "order_lines").Select(b => b.Status));
        Assert.Equal(["O1", "O2"], await h.RowsAsync("SELECT OrderId FROM fact.SalesLine ORDER BY OrderId"));
        Assert.Equal(2, LakeFiles(h, "*.parquet").Count(p => !p.Contains("stores", StringComparison.Ordinal) && !p.Contains("products", StringComparison.Ordinal)));
        Assert.Empty(LakeFiles(h, "*.tmp"));
        var rejects = Directory.GetFiles(Path.Combine(h.Root, "rejects", "pos"), "*.rejects.csv");
        Assert.Equal(["order_lines-2026-05-02.csv.rejects.csv"], rejects.Select(Path.GetFileName));
        var warnings = Directory.GetFiles(Path.Combine(h.Root, "rejects", "pos"), "*.warnings*");
        Assert.Equal(["order_lines-2026-05-02.csv.warnings.csv"], warnings.Select(Path.GetFileName));
    }

    private static List<string> LakeFiles(LoadHarness h, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(h.Root, "lake", "pos", "order_lines"), pattern, SearchOption.AllDirectories).ToList();
}
