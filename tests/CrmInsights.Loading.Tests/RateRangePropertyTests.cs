using System.Globalization;
using CrmInsights.Analytics.Snapshot;
using CrmInsights.Demo;
using CrmInsights.Tests.Shared;

namespace CrmInsights.Loading.Tests;

/// <summary>
/// Property: on generated data (clean and dirty, several seeds and sizes) every rate column of every mart view,
/// at every cut level and month, lies within its range. The rate columns are found from the views themselves
/// (names ending Rate, Share, Nps...), so a new rate column without a declared range fails here too.
/// LapseDays is 30 so customers lapse, churn and come back within the few generated months.
/// </summary>
public sealed class RateRangePropertyTests
{
    /// <summary>The range of each rate-like column; null bound = unbounded on that side.</summary>
    private static readonly Dictionary<string, (decimal? Min, decimal? Max)> Ranges = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Nps"] = (-100, 100),
        ["LatestNps"] = (0, 10),
        ["CsatMean"] = (1, 5),
        ["CesMean"] = (1, 7),
        ["AvgEngagementScore"] = (0, 100),
        ["AvgProbabilityAlive"] = (0, 1),
        ["ProbabilityAlive"] = (0, 1),
        ["PreviousProbabilityAlive"] = (0, 1),
        // Points redeemed in a month may have been earned in earlier months: a ratio, not a share.
        ["RedemptionRate"] = (0, null),
        // Margin / revenue: negative for a loss, at most 1 while unit costs are not negative.
        ["MarginRate"] = (null, 1),
        // A decile's share of total margin is negative when the decile loses money.
        ["MarginShare"] = (null, null),
    };

    private static readonly string[] KeyColumns = ["YearMonthKey", "CutLevel", "StoreId", "Region", "Channel", "Segment", "Source", "CohortYearMonthKey", "MonthsSinceFirstPurchase"];

    private static readonly string[] RateSuffixes = ["Rate", "Rate12m", "Share", "ShareFor80Percent", "Nps", "Mean", "Alive", "EngagementScore"];

    [Theory]
    [InlineData(7, 0.0, 80, 4)]
    [InlineData(7, 0.05, 80, 4)]
    [InlineData(23, 0.08, 60, 5)]
    public async Task EveryRateColumnOfEveryMartView_AtEveryCutAndMonth_IsWithinItsRange(long seed, double dirtyRate, int customers, int months)
    {
        using var h = new LoadHarness();
        DemoGenerator.Generate(new DemoOptions
        {
            Customers = customers, Months = months, Seed = seed, DirtyRate = dirtyRate, OutputDirectory = h.Root,
            Products = 40, Stores = 4, DropPeriod = DropPeriod.Month,
        });
        foreach (var file in Directory.EnumerateFiles(Path.Combine(h.Root, "inbox"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, h.Time.GetUtcNow().UtcDateTime.AddMinutes(-10));
        }
        await h.RunAsync();
        await TestDerivers.Create(h.Engine, new SnapshotOptions { LapseDays = 30 }, h.Time.GetUtcNow()).DeriveAsync();

        var columns = await h.RowsAsync(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'mart' ORDER BY table_name, ordinal_position");
        var rateColumns = columns.Select(c => c.Split('|'))
            .Where(c => RateSuffixes.Any(s => c[1].EndsWith(s, StringComparison.OrdinalIgnoreCase)) && !c[1].EndsWith("DateKey", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(rateColumns, c => c[0] == "Loyalty" && c[1] == "RetentionRate");

        var failures = new List<string>();
        var checkedValues = 0L;
        foreach (var group in rateColumns.GroupBy(c => c[0]))
        {
            var view = group.Key;
            // Where each value sits (month, cut, slice members), for the failure message.
            var keys = string.Join(", ", KeyColumns.Where(k => columns.Contains($"{view}|{k}")));
            var names = group.Select(c => c[1]).ToList();
            var select = string.Join(", ", names) + (keys.Length > 0 ? ", " + keys : "");
            foreach (var row in await h.RowsAsync($"SELECT {select} FROM mart.{view}"))
            {
                var values = row.Split('|');
                for (var i = 0; i < names.Count; i++)
                {
                    if (values[i] == "∅")
                    {
                        continue;
                    }
                    checkedValues++;
                    var value = decimal.Parse(values[i], NumberStyles.Float, CultureInfo.InvariantCulture);
                    var (min, max) = Ranges.TryGetValue(names[i], out var r) ? r : (0m, 1m);
                    if (value < min || value > max)
                    {
                        failures.Add($"mart.{view}.{names[i]} = {value} at ({string.Join(", ", values.Skip(names.Count))}) outside [{min?.ToString(CultureInfo.InvariantCulture) ?? "-inf"}, {max?.ToString(CultureInfo.InvariantCulture) ?? "inf"}]");
                    }
                }
            }
        }

        // The catalog's identity on the whole business: the month-end base is the retained, the reactivated and the new
        // still in it (a new customer whose only purchase is LapseDays before month end has already left it again).
        var identity = await h.RowsAsync(
            "SELECT YearMonthKey, CustomersAtEnd, RetainedCustomers, NewCustomersInBase, ReactivatedCustomers FROM mart.Loyalty WHERE CutLevel = 'All' AND CustomersAtStart > 0");
        Assert.NotEmpty(identity);
        foreach (var r in identity.Select(r => r.Split('|').Select(long.Parse).ToArray()))
        {
            var newInBase = r[1] - r[2] - r[4];
            Assert.True(newInBase >= 0 && newInBase <= r[3], $"{r[0]}: E {r[1]} - R {r[2]} - reactivated {r[4]} is not between 0 and N {r[3]}");
        }

        Assert.True(checkedValues > 1000, $"only {checkedValues} rate values were checked");
        Assert.True(failures.Count == 0, $"{failures.Count} values out of range, e.g.:\n" + string.Join("\n", failures.Take(25)));
    }
}
