using System.Globalization;
using CrmInsights.Analytics.Clv;
using Xunit.Abstractions;

namespace CrmInsights.Demo.Tests;

/// <summary>
/// The purchase process is really BG/NBD: a maximum-likelihood fit on the generated order
/// lines (seasonality off) recovers the configured parameters, with the product's fitters.
/// </summary>
public class BgNbdRecoveryTests(ITestOutputHelper output)
{
    [Fact]
    public void Fit_GeneratedOrderLines_RecoversBgNbdAndGammaGammaParameters()
    {
        var options = new DemoOptions { Customers = 4_000, Months = 24, Seed = 3, Seasonality = false, OutputDirectory = Datasets.TempDir("bgnbd") };
        DemoGenerator.Generate(options);
        var days = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var orderValues = new Dictionary<string, (string Customer, int Day, decimal Net)>(StringComparer.Ordinal);
        var start = options.StartDate.DayNumber;
        foreach (var file in Datasets.Files(options.OutputDirectory, "pos", "order_lines"))
        {
            foreach (var row in SimpleCsv.Rows(file).Where(r => r["order_id"].StartsWith('O') && r["customer_id"].Length > 0))
            {
                var day = DateOnly.ParseExact(row["ordered_at"][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - start;
                var net = (int.Parse(row["quantity"], CultureInfo.InvariantCulture) * decimal.Parse(row["unit_price"], CultureInfo.InvariantCulture)) - decimal.Parse(row["discount_amount"], CultureInfo.InvariantCulture);
                var previous = orderValues.GetValueOrDefault(row["order_id"]);
                orderValues[row["order_id"]] = (row["customer_id"], day, previous.Net + net);
                if (row["line_number"] != "1")
                {
                    continue;
                }

                if (!days.TryGetValue(row["customer_id"], out var list))
                {
                    days[row["customer_id"]] = list = [];
                }

                list.Add(day);
            }
        }

        var end = options.EndDate.DayNumber - start + 1;
        // Repeat orders' mean net value per customer (first order excluded, as in the CDNOW convention).
        var repeatMeans = orderValues.Values.GroupBy(o => o.Customer, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.Day).Skip(1).Select(o => (double)o.Net).DefaultIfEmpty().Average(), StringComparer.Ordinal);
        // Day granularity: the mid-day is the best guess of when within its day a purchase fell.
        var summaries = days.Select((kv, i) => new CustomerSummary(
            i, kv.Value.Count - 1, (kv.Value.Max() - kv.Value.Min()) / 7.0, (end - kv.Value.Min() - 0.5) / 7.0,
            kv.Value.Count > 1 ? repeatMeans[kv.Key] : null)).ToList();
        Assert.Equal(options.Customers, summaries.Count);
        // The product's own fitter (reproducing the published CDNOW estimates is proven in the analytics tests).
        var bgFit = BgNbdFitter.Fit(summaries).Parameters;
        var (r, alpha, a, b) = (bgFit.R, bgFit.Alpha, bgFit.A, bgFit.B);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fitted r={r:F3} alpha={alpha:F3} a={a:F3} b={b:F3}"));
        var bg = options.BgNbd;
        // Tolerances are about three standard errors for 4,000 customers (a and b are the least identified).
        Assert.InRange(r, bg.R * 0.8, bg.R * 1.2);
        Assert.InRange(alpha, bg.Alpha * 0.8, bg.Alpha * 1.2);
        Assert.InRange(r / alpha, bg.R / bg.Alpha * 0.92, bg.R / bg.Alpha * 1.08);
        Assert.InRange(a / (a + b), bg.A / (bg.A + bg.B) * 0.75, bg.A / (bg.A + bg.B) * 1.25);

        var ggFit = GammaGammaFitter.Fit(summaries).Parameters;
        var (p, q, gamma) = (ggFit.P, ggFit.Q, ggFit.Gamma);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fitted p={p:F3} q={q:F3} gamma={gamma:F3} on {summaries.Count(c => c.Frequency > 0)} repeat buyers"));
        var gg = options.GammaGamma;
        Assert.InRange(p, gg.P * 0.8, gg.P * 1.2);
        Assert.InRange(p * gamma / (q - 1), gg.P * gg.Gamma / (gg.Q - 1) * 0.93, gg.P * gg.Gamma / (gg.Q - 1) * 1.07);
    }

}
