using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace CrmInsights.Demo.Tests;

public partial class DemoGeneratorTests
{
    [Fact]
    public void Generate_SameSeedTwice_IdenticalBytes()
    {
        var a = Hashes(Run(seed: 5));
        var b = Hashes(Run(seed: 5));
        Assert.True(a.Count > 20);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentBytes()
    {
        var a = Hashes(Run(seed: 5));
        var b = Hashes(Run(seed: 6));
        Assert.NotEqual(a["inbox/pos/order_lines-2024-01-01.csv"], b.GetValueOrDefault("inbox/pos/order_lines-2024-01-01.csv"));
    }

    [Fact]
    public void Generate_Clean_FilesNamedEntityDashDateUnderInboxSource()
    {
        var (dir, summary) = Datasets.Clean;
        var files = Directory.EnumerateFiles(Path.Combine(dir, "inbox"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(dir, "inbox"), f).Replace('\\', '/')).ToList();
        Assert.Equal(summary.TotalFiles, files.Count);
        Assert.All(files, f => Assert.Matches(FileName(), f));
        Assert.Equal(730 + 1, files.Count(f => f.StartsWith("pos/order_lines-", StringComparison.Ordinal)));
        Assert.Equal(24, files.Count(f => f.StartsWith("email/campaigns-", StringComparison.Ordinal)));
        // One audience file per campaign, written on its send day.
        Assert.Equal(24, files.Count(f => f.StartsWith("email/audiences-", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(dir, "ground-truth.json")));
        Assert.True(File.Exists(Path.Combine(dir, "ground-truth-customers.csv")));
        Assert.False(File.Exists(Path.Combine(dir, "dirty-manifest.json")));
    }

    [Theory]
    [InlineData("pos", "customers", "customer_id,loyalty_id,email,phone,first_name,last_name,birth_date,gender,postal_code,city,region,country,signup_date,loyalty_tier,marketing_opt_in,acquisition_channel,updated_at")]
    [InlineData("pos", "products", "sku,name,category,subcategory,brand,unit_cost,list_price,updated_at")]
    [InlineData("pos", "stores", "store_id,name,channel,city,region,country,opened_on")]
    [InlineData("pos", "order_lines", "order_id,line_number,ordered_at,store_id,customer_id,sku,quantity,unit_price,discount_amount,tax_amount,currency,unit_cost,payment_type,loyalty_points_earned,loyalty_points_redeemed")]
    [InlineData("email", "campaigns", "campaign_id,name,subject,sent_at,segment,cost")]
    [InlineData("survey", "responses", "response_id,recorded_at,survey_id,customer_id,email,touchpoint,nps,csat,ces,complaint,complaint_category,resolved_at,comment")]
    [InlineData("survey", "invitations", "invitation_id,sent_at,survey_id,customer_id,channel")]
    [InlineData("email", "audiences", "campaign_id,email,group,customer_id")]
    public void Generate_Clean_CsvHeadersAreCanonicalWithoutBomAndLf(string source, string entity, string header)
    {
        foreach (var file in Datasets.Files(Datasets.Clean.Dir, source, entity))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.NotEqual(0xEF, bytes[0]);
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.StartsWith(header + "\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\r\n", text, StringComparison.Ordinal);
            Assert.EndsWith("\n", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Generate_Clean_OrderTimesCarryLondonOffsetOfTheirDate()
    {
        var winter = SimpleCsv.Rows(Datasets.Files(Datasets.Clean.Dir, "pos", "order_lines").First(f => f.EndsWith("2024-01-15.csv", StringComparison.Ordinal))).ToList();
        var summer = SimpleCsv.Rows(Datasets.Files(Datasets.Clean.Dir, "pos", "order_lines").First(f => f.EndsWith("2024-07-15.csv", StringComparison.Ordinal))).ToList();
        Assert.All(winter, r => Assert.Matches(@"^2024-01-15T\d\d:\d\d:\d\d\+00:00$", r["ordered_at"]));
        Assert.All(summer, r => Assert.Matches(@"^2024-07-15T\d\d:\d\d:\d\d\+01:00$", r["ordered_at"]));
    }

    [Fact]
    public void Generate_WithProgress_ReportsEveryDay()
    {
        var reports = new List<GenerationProgress>();
        var progress = new SyncProgress(reports.Add);
        DemoGenerator.Generate(new DemoOptions { Customers = 50, Months = 1, OutputDirectory = Datasets.TempDir("progress") }, progress);
        Assert.Equal(31, reports.Count);
        Assert.Equal(31, reports[^1].Day);
        Assert.True(reports[^1].Rows > 0);
    }

    [Fact]
    public void Generate_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => DemoGenerator.Generate(new DemoOptions { Customers = 50, Months = 1, OutputDirectory = Datasets.TempDir("cancel") }, null, cts.Token));
    }

    private static string Run(long seed)
    {
        var dir = Datasets.TempDir("det");
        DemoGenerator.Generate(new DemoOptions { Customers = 300, Months = 4, Seed = seed, DirtyRate = 0.03, OutputDirectory = dir });
        return dir;
    }

    private static SortedDictionary<string, string> Hashes(string dir)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(dir, f).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)));
        }

        return result;
    }

    [GeneratedRegex(@"^(pos/(customers|products|stores|order_lines)-\d{4}-\d\d-\d\d\.csv|web/events-\d{4}-\d\d-\d\d\.jsonl|email/(campaigns|audiences)-\d{4}-\d\d-\d\d\.csv|email/events-\d{4}-\d\d-\d\d\.jsonl|survey/(responses|invitations)-\d{4}-\d\d-\d\d\.csv)$")]
    private static partial Regex FileName();

    private sealed class SyncProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
