using CrmInsights.Demo;
using CrmInsights.Etl.Loading;

namespace CrmInsights.Loading.Tests;

/// <summary>The same generated data delivered as daily, weekly or monthly files gives the same warehouse.</summary>
public class DropPeriodTests
{
    // Lineage differs by design (other file names and batch counts), so rejects are compared by count only.
    private static readonly string[] Compared = ["customer", "product", "store", "campaign", "sales", "email", "survey", "webevent", "session", "stage"];

    [Fact]
    public async Task Run_DailyWeeklyMonthlyDropsOfTheSameData_SameHistoryAndSameFactKeys()
    {
        var daily = await LoadAsync(DropPeriod.Day);
        var weekly = await LoadAsync(DropPeriod.Week);
        var monthly = await LoadAsync(DropPeriod.Month);

        // The files really carry several versions of one customer, more the longer the period (else this test would prove nothing).
        Assert.True(daily.RepeatedInOneFile >= 10, $"only {daily.RepeatedInOneFile} customers appear twice in one daily file");
        Assert.True(weekly.RepeatedInOneFile > daily.RepeatedInOneFile && monthly.RepeatedInOneFile > weekly.RepeatedInOneFile);
        Assert.Equal(0, daily.Duplicates + weekly.Duplicates + monthly.Duplicates);
        Assert.True(daily.Content.Count(r => r.StartsWith("customer:", StringComparison.Ordinal)) > 150);
        Assert.Equal(Diff(daily.Content, weekly.Content), []);
        Assert.Equal(Diff(daily.Content, monthly.Content), []);
    }

    private static List<string> Diff(List<string> expected, List<string> actual) =>
        [.. expected.Except(actual).Select(r => "missing " + r).Concat(actual.Except(expected).Select(r => "extra " + r)).Take(10)];

    private static async Task<(List<string> Content, int RepeatedInOneFile, long Duplicates)> LoadAsync(DropPeriod drop)
    {
        using var h = new LoadHarness();
        DemoGenerator.Generate(new DemoOptions
        {
            Customers = 150, Months = 1, Seed = 5, OutputDirectory = h.Root, Products = 40, Stores = 3, DropPeriod = drop,
            // Big, frequent orders: members reach Silver (spend 300) and Gold (800) within days of signing up, so one day's, week's
            // and month's files carry two, three and more versions of a customer.
            GammaGamma = new GammaGammaParameters { Gamma = 150 }, BgNbd = new BgNbdParameters { Alpha = 1.5 },
            BrowseSessionsPerPurchase = 0.5, AnonymousSessionsPerOnlineOrder = 0.5,
        });
        var repeated = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(h.Root, "inbox"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, h.Time.GetUtcNow().UtcDateTime.AddMinutes(-10));
            if (Path.GetFileName(file).StartsWith("customers-", StringComparison.Ordinal))
            {
                repeated += File.ReadLines(file).Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).GroupBy(id => id).Count(g => g.Count() > 1);
            }
        }

        var summary = await h.RunAsync();
        Assert.All(summary.Batches, b => Assert.Equal(BatchStatus.Loaded, b.Status));
        Assert.Equal(0, await h.CountAsync("SELECT COUNT(*) FROM etl.Reject"));
        var content = new List<string>();
        foreach (var (name, sql) in Snapshots.Queries.Where(q => Compared.Contains(q.Name)))
        {
            content.AddRange((await h.RowsAsync(sql)).Select(r => name + ":" + r));
        }

        return (content, repeated, summary.Batches.Sum(b => b.RowsDuplicate));
    }
}
