using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Xunit.Abstractions;

namespace CrmInsights.Demo.Tests;

/// <summary>
/// The purchase process is really BG/NBD: a maximum-likelihood fit on the generated order
/// lines (seasonality off) recovers the configured parameters. The fitter is the test's own,
/// checked first against the published CDNOW estimates.
/// </summary>
public class BgNbdRecoveryTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Fit_CdnowSummary_ReproducesPublishedEstimates()
    {
        var path = FindCdnow();
        Skip.If(path is null, "shared/data/cdnow/cdnow_customers_summary.csv not found beside the repository.");
        var data = SimpleCsv.Rows(path!).Select(r => (X: P(r["frequency"]), Tx: P(r["recency"]), T: P(r["T"]))).ToList();
        var (r, alpha, a, b) = Fit(data);
        Assert.Equal(0.243, r, 0.003);
        Assert.Equal(4.414, alpha, 0.05);
        Assert.Equal(0.793, a, 0.01);
        Assert.Equal(2.426, b, 0.03);
    }

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
        // Day granularity: the mid-day is the best guess of when within its day a purchase fell.
        var data = days.Values.Select(d => (X: d.Count - 1.0, Tx: (d.Max() - d.Min()) / 7.0, T: (end - d.Min() - 0.5) / 7.0)).ToList();
        Assert.Equal(options.Customers, data.Count);
        var (r, alpha, a, b) = Fit(data);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fitted r={r:F3} alpha={alpha:F3} a={a:F3} b={b:F3}"));
        var bg = options.BgNbd;
        // Tolerances are about three standard errors for 4,000 customers (a and b are the least identified).
        Assert.InRange(r, bg.R * 0.8, bg.R * 1.2);
        Assert.InRange(alpha, bg.Alpha * 0.8, bg.Alpha * 1.2);
        Assert.InRange(r / alpha, bg.R / bg.Alpha * 0.92, bg.R / bg.Alpha * 1.08);
        Assert.InRange(a / (a + b), bg.A / (bg.A + bg.B) * 0.75, bg.A / (bg.A + bg.B) * 1.25);

        // Gamma-Gamma on the repeat orders (first order excluded, as in the CDNOW convention).
        var repeat = orderValues.Values.GroupBy(o => o.Customer, StringComparer.Ordinal)
            .Select(g => g.OrderBy(o => o.Day).Skip(1).Select(o => (double)o.Net).ToList())
            .Where(v => v.Count > 0).Select(v => (X: (double)v.Count, Mean: v.Average())).ToList();
        var (p, q, gamma) = FitGammaGamma(repeat);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fitted p={p:F3} q={q:F3} gamma={gamma:F3} on {repeat.Count} repeat buyers"));
        var gg = options.GammaGamma;
        Assert.InRange(p, gg.P * 0.8, gg.P * 1.2);
        Assert.InRange(p * gamma / (q - 1), gg.P * gg.Gamma / (gg.Q - 1) * 0.93, gg.P * gg.Gamma / (gg.Q - 1) * 1.07);
    }

    private static (double P, double Q, double Gamma) FitGammaGamma(List<(double X, double Mean)> data)
    {
        double NegLl(Vector<double> v)
        {
            var (p, q, g) = (Math.Exp(v[0]), Math.Exp(v[1]), Math.Exp(v[2]));
            var sum = 0.0;
            foreach (var (x, m) in data)
            {
                sum += SpecialFunctions.GammaLn((p * x) + q) - SpecialFunctions.GammaLn(p * x) - SpecialFunctions.GammaLn(q)
                    + (q * Math.Log(g)) + (((p * x) - 1) * Math.Log(m)) + (p * x * Math.Log(x)) - (((p * x) + q) * Math.Log(g + (m * x)));
            }

            return -sum;
        }

        var result = new NelderMeadSimplex(1e-10, 20_000).FindMinimum(ObjectiveFunction.Value(NegLl), Vector<double>.Build.Dense([1, 1, 1]));
        var v = result.MinimizingPoint;
        return (Math.Exp(v[0]), Math.Exp(v[1]), Math.Exp(v[2]));
    }

    private static (double R, double Alpha, double A, double B) Fit(List<(double X, double Tx, double T)> data)
    {
        double NegLl(Vector<double> v)
        {
            var (r, alpha, a, b) = (Math.Exp(v[0]), Math.Exp(v[1]), Math.Exp(v[2]), Math.Exp(v[3]));
            var sum = 0.0;
            var lnBab = SpecialFunctions.GammaLn(a) + SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(a + b);
            foreach (var (x, tx, t) in data)
            {
                var a1 = SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r) + (r * Math.Log(alpha));
                var a2 = SpecialFunctions.GammaLn(a) + SpecialFunctions.GammaLn(b + x) - SpecialFunctions.GammaLn(a + b + x) - lnBab;
                var a3 = -(r + x) * Math.Log(alpha + t);
                var ll = a1 + a2 + a3;
                if (x > 0)
                {
                    var a4 = Math.Log(a) - Math.Log(b + x - 1) - ((r + x) * Math.Log(alpha + tx)) - a3;
                    ll += Math.Log(1 + Math.Exp(a4));
                }

                sum += ll;
            }

            return -sum;
        }

        var result = new NelderMeadSimplex(1e-10, 20_000).FindMinimum(ObjectiveFunction.Value(NegLl), Vector<double>.Build.Dense([0, 0, 0, 0]));
        var p = result.MinimizingPoint;
        return (Math.Exp(p[0]), Math.Exp(p[1]), Math.Exp(p[2]), Math.Exp(p[3]));
    }

    private static double P(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static string? FindCdnow()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "data", "cdnow", "cdnow_customers_summary.csv"), Path.Combine(dir.FullName, "data", "cdnow", "cdnow_customers_summary.csv") })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
