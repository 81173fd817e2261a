using System.Globalization;
using System.Text.Json;
using CrmInsights.Demo;
using CrmInsights.Etl.Loading;
using Xunit.Abstractions;

namespace CrmInsights.Loading.Tests;

/// <summary>
/// On generated data, mart.CampaignUplift recovers the uplift the generator planted (ground-truth.json holdout.campaigns):
/// the groups are the generator's, and the 95% interval covers the true conversion uplift for (nearly) every campaign.
/// </summary>
public class HoldoutRecoveryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GeneratedHoldouts_MeasuredUpliftIntervalsCoverTheTrueUplift()
    {
        using var h = new LoadHarness();
        DemoGenerator.Generate(new DemoOptions
        {
            Customers = 2_000, Months = 8, Seed = 21, OutputDirectory = h.Root, Products = 60, Stores = 4,
            BrowseSessionsPerPurchase = 0.2, AnonymousSessionsPerOnlineOrder = 0.2,
            Email = new EmailRates { HoldoutShare = 0.3 },
        });
        foreach (var file in Directory.EnumerateFiles(Path.Combine(h.Root, "inbox"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, h.Time.GetUtcNow().UtcDateTime.AddMinutes(-10));
        }

        var summary = await h.RunAsync();
        Assert.All(summary.Batches, b => Assert.Equal(BatchStatus.Loaded, b.Status));

        using var truth = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(h.Root, "ground-truth.json")));
        var campaigns = truth.RootElement.GetProperty("holdout").GetProperty("campaigns").EnumerateArray().ToList();
        var measured = (await h.RowsAsync("""
            SELECT CampaignId, TreatmentMembers, ControlMembers, ConversionUplift, ConversionUpliftLow, ConversionUpliftHigh, MembersLeftOut,
                IncrementalRevenue, RevenueUpliftLow, RevenueUpliftHigh
            FROM mart.CampaignUplift ORDER BY CampaignId
            """)).Select(r => r.Split('|')).ToDictionary(r => r[0]);
        Assert.Equal(campaigns.Count, measured.Count);
        Assert.True(campaigns.Count >= 7, $"{campaigns.Count} campaigns");
        var covered = 0;
        var revenueCovered = 0;
        var report = new List<string>();
        foreach (var t in campaigns)
        {
            var m = measured[t.GetProperty("campaign_id").GetString()!];
            // The groups are exactly the generator's: every member is a known customer.
            Assert.Equal(t.GetProperty("treatment_members").GetInt64(), long.Parse(m[1], CultureInfo.InvariantCulture));
            Assert.Equal(t.GetProperty("control_members").GetInt64(), long.Parse(m[2], CultureInfo.InvariantCulture));
            Assert.Equal("0", m[6]);
            var trueUplift = t.GetProperty("true_conversion_uplift").GetDouble();
            var (uplift, low, high) = (D(m[3]), D(m[4]), D(m[5]));
            covered += low <= trueUplift && trueUplift <= high ? 1 : 0;
            var perMember = t.GetProperty("true_revenue_uplift_per_member").GetDouble();
            var members = t.GetProperty("treatment_members").GetDouble();
            revenueCovered += D(m[8]) <= perMember && perMember <= D(m[9]) ? 1 : 0;
            report.Add(string.Create(CultureInfo.InvariantCulture, $"{m[0]}: true {trueUplift:0.0000} measured {uplift:0.0000} [{low:0.0000}, {high:0.0000}]; revenue true {perMember * members:0} measured {D(m[7]):0}"));
        }

        foreach (var line in report)
        {
            output.WriteLine(line);
        }

        // A 95% interval misses about 1 in 20: with 8 campaigns all but one must cover.
        Assert.True(covered >= campaigns.Count - 1, string.Join("\n", report));
        Assert.True(revenueCovered >= campaigns.Count - 1, string.Join("\n", report));
        // The planted effect is visible: pooled over campaigns, the measured uplift is within 0.02 of the truth and above 0.
        var meanTrue = campaigns.Average(t => t.GetProperty("true_conversion_uplift").GetDouble());
        var meanMeasured = measured.Values.Average(m => D(m[3]));
        Assert.True(Math.Abs(meanMeasured - meanTrue) < 0.02 && meanMeasured > 0, string.Join("\n", report) + $"\nmean true {meanTrue} measured {meanMeasured}");
    }

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
