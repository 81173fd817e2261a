using CrmInsights.Analytics.Clv;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace CrmInsights.Analytics.Tests.Clv;

/// <summary>
/// The fitter corpus: CDNOW and hard inputs. Each fit is either a finite maximum, checked from the outside by
/// evaluating the model's own log-likelihood 1 % below and above every parameter, or explicitly flagged with a
/// reason. Several inputs must land on a given side (identical spends and a q &lt; 1 population are flagged;
/// rescaled CDNOW is the same maximum).
/// </summary>
public class FitterCorpusTests(ITestOutputHelper output)
{
    private static readonly DateOnly End = new(2011, 12, 9);

    [Fact]
    public void Cdnow_BothModels_AreFiniteMaxima()
    {
        Assert.True(CheckBgNbd(BgNbdFitter.Fit(CdnowData.Summary), CdnowData.Summary));
        Assert.True(CheckGammaGamma(GammaGammaFitter.Fit(CdnowData.WithTransactions), CdnowData.WithTransactions));
    }

    [Fact]
    public void Cdnow_InDays_SameMaximumWithAlphaTimesSeven()
    {
        var days = CdnowData.Summary.Select(c => c with { Recency = c.Recency * 7, Age = c.Age * 7 }).ToList();
        var weeks = BgNbdFitter.Fit(CdnowData.Summary).Parameters;
        var fit = BgNbdFitter.Fit(days);
        Assert.True(CheckBgNbd(fit, days));
        BgNbdFitterTests.AssertRelative(weeks.R, fit.Parameters.R, 1e-3);
        BgNbdFitterTests.AssertRelative(weeks.Alpha * 7, fit.Parameters.Alpha, 1e-3);
        BgNbdFitterTests.AssertRelative(weeks.A, fit.Parameters.A, 1e-3);
        BgNbdFitterTests.AssertRelative(weeks.B, fit.Parameters.B, 1e-3);
    }

    [Theory]
    [InlineData(1e-4)] // amounts in hundredths of a penny
    [InlineData(1e6)] // amounts in the millions
    public void Cdnow_SpendRescaled_SameMaximumWithGammaRescaled(double factor)
    {
        var scaled = CdnowData.WithTransactions.Select(c => c with { MeanRepeatValue = c.MeanRepeatValue * factor }).ToList();
        var reference = GammaGammaFitter.Fit(CdnowData.WithTransactions).Parameters;
        var fit = GammaGammaFitter.Fit(scaled);
        Assert.True(CheckGammaGamma(fit, scaled));
        BgNbdFitterTests.AssertRelative(reference.P, fit.Parameters.P, 1e-3);
        BgNbdFitterTests.AssertRelative(reference.Q, fit.Parameters.Q, 1e-3);
        BgNbdFitterTests.AssertRelative(reference.Gamma * factor, fit.Parameters.Gamma, 1e-3);
    }

    [Fact]
    public void SingleRepeatBuyer_FiniteMaximumOrFlagged()
    {
        var rng = new Random(11);
        var customers = Enumerable.Range(1, 300).Select(i => new CustomerSummary(i, 0, 0, rng.Next(1, 52), null)).ToList();
        customers.Add(new CustomerSummary(301, 3, 20, 40, 31.5));
        CheckBgNbd(BgNbdFitter.Fit(customers), customers);
        var spend = GammaGammaFitter.Fit(customers);
        Assert.False(spend.IsValid); // one mean spend cannot separate within- from between-customer spread
        Assert.False(string.IsNullOrWhiteSpace(spend.Problem));
    }

    [Fact]
    public void IdenticalSpends_GammaGammaFlaggedDegenerate()
    {
        var customers = CdnowData.WithTransactions.Select(c => c with { MeanRepeatValue = c.Frequency > 0 ? 25.0 : null }).ToList();
        var fit = GammaGammaFitter.Fit(customers);
        output.WriteLine(fit.Problem);
        Assert.Equal(FitStatus.Degenerate, fit.Status);
        Assert.Contains("no finite maximum", fit.Problem);
    }

    [Fact]
    public void HeavySpendTail_QBelowOne_FlaggedAtItsMaximum()
    {
        var rng = new Random(7);
        var customers = new List<CustomerSummary>();
        for (int i = 0; i < 3000; i++)
        {
            int x = 1 + rng.Next(5);
            double nu = Gamma.Sample(rng, 0.7, 10); // q = 0.7: mean spend p*gamma/(q-1) does not exist
            double mean = Enumerable.Range(0, x).Average(_ => Gamma.Sample(rng, 4, nu));
            customers.Add(new CustomerSummary(i, x, 10, 20, mean));
        }

        var fit = GammaGammaFitter.Fit(customers);
        output.WriteLine($"{fit.Parameters} {fit.Problem}");
        Assert.Equal(FitStatus.Degenerate, fit.Status);
        Assert.Contains("<= 1", fit.Problem);
        Assert.InRange(fit.Parameters.Q, 0.5, 0.95);
        AssertMaximum(fit.LogLikelihood, [fit.Parameters.P, fit.Parameters.Q, fit.Parameters.Gamma],
            v => customers.Sum(c => new GammaGammaParameters(v[0], v[1], v[2]).LogLikelihood(c.Frequency, c.MeanRepeatValue!.Value)));
    }

    [Fact]
    public void OneMonthOfData_FiniteMaximaOrFlagged()
    {
        var purchases = Simulate(new Random(3), customers: 1500, maxAgeDays: 30, cancellations: false);
        var summaries = CustomerSummarizer.Summarize(purchases, End, ModelTimeUnit.Weeks).ToList();
        CheckBgNbd(BgNbdFitter.Fit(summaries), summaries);
        CheckGammaGamma(GammaGammaFitter.Fit(summaries), summaries);
    }

    [Fact]
    public void GiftRetailerLike_WithCancellationsAndWholesaleOrders_FiniteMaxima()
    {
        var purchases = Simulate(new Random(2011), customers: 4000, maxAgeDays: 373, cancellations: true);
        var summaries = CustomerSummarizer.Summarize(purchases, End, ModelTimeUnit.Weeks).ToList();
        Assert.Contains(summaries, s => s.MonetaryFrequency is not null); // some days netted to £0 or less

        var bgNbd = BgNbdFitter.Fit(summaries);
        var gammaGamma = GammaGammaFitter.Fit(summaries);
        Assert.True(CheckBgNbd(bgNbd, summaries), bgNbd.Problem);
        Assert.True(CheckGammaGamma(gammaGamma, summaries), gammaGamma.Problem);
        var calculator = new ClvCalculator(new ClvOptions());
        var model = new ClvModelFit(bgNbd.Parameters, gammaGamma.Parameters, ModelTimeUnit.Weeks);
        Assert.All(calculator.PredictAll(model, summaries), c => Assert.True(c.ProbabilityAlive is >= 0 and <= 1 && c.Clv is { } v && double.IsFinite(v) && v >= 0));
    }

    [Fact]
    public void AllCustomersBoughtOnTheLastDay_BgNbdRefusesWithReason()
    {
        var ex = Assert.Throws<ArgumentException>(() => BgNbdFitter.Fit([new CustomerSummary(1, 0, 0, 0, null), new CustomerSummary(2, 0, 0, 0, null)]));
        Assert.Contains("T = 0", ex.Message);
    }

    /// <summary>True for a finite maximum (checked ±1 % per parameter); false for a flagged fit, which must say why.</summary>
    private bool CheckBgNbd(BgNbdFit fit, IReadOnlyList<CustomerSummary> data)
    {
        var p = fit.Parameters;
        output.WriteLine($"BG/NBD r={p.R:G6} alpha={p.Alpha:G6} a={p.A:G6} b={p.B:G6} LL={fit.LogLikelihood:G8} {fit.Status} it={fit.Iterations} {fit.Problem}");
        if (!fit.IsValid)
        {
            Assert.False(string.IsNullOrWhiteSpace(fit.Problem));
            return false;
        }

        AssertMaximum(fit.LogLikelihood, [p.R, p.Alpha, p.A, p.B],
            v => data.Sum(c => new BgNbdParameters(v[0], v[1], v[2], v[3]).LogLikelihood(c.Frequency, c.Frequency == 0 ? 0 : c.Recency, c.Age)));
        return true;
    }

    private bool CheckGammaGamma(GammaGammaFit fit, IReadOnlyList<CustomerSummary> data)
    {
        var p = fit.Parameters;
        output.WriteLine($"Gamma-Gamma p={p.P:G6} q={p.Q:G6} gamma={p.Gamma:G6} LL={fit.LogLikelihood:G8} {fit.Status} it={fit.Iterations} {fit.Problem}");
        if (!fit.IsValid)
        {
            Assert.False(string.IsNullOrWhiteSpace(fit.Problem));
            return false;
        }

        Assert.True(p.Q > 1);
        var buyers = data.Where(c => (c.MonetaryFrequency ?? c.Frequency) > 0).ToList();
        AssertMaximum(fit.LogLikelihood, [p.P, p.Q, p.Gamma],
            v => buyers.Sum(c => new GammaGammaParameters(v[0], v[1], v[2]).LogLikelihood(c.MonetaryFrequency ?? c.Frequency, c.MeanRepeatValue!.Value)));
        return true;
    }

    /// <summary>The log-likelihood at the estimates is finite and no lower than 1 % below or above any one parameter.</summary>
    private static void AssertMaximum(double logLikelihood, double[] estimates, Func<double[], double> evaluate)
    {
        Assert.True(double.IsFinite(logLikelihood));
        Assert.All(estimates, e => Assert.True(double.IsFinite(e) && e > 0));
        Assert.Equal(evaluate(estimates), logLikelihood, Math.Abs(logLikelihood) * 1e-9);
        for (int i = 0; i < estimates.Length; i++)
        {
            foreach (double factor in new[] { 0.99, 1.01 })
            {
                double[] moved = (double[])estimates.Clone();
                moved[i] *= factor;
                double around = evaluate(moved);
                Assert.True(around <= logLikelihood + (1e-9 * Math.Abs(logLikelihood)),
                    $"parameter {i} x {factor}: {around} > {logLikelihood}");
            }
        }
    }

    /// <summary>
    /// A BG/NBD-like base (λ ~ Gamma(0.8, 6)/week, dropout ~ Beta(0.6, 3)) with lognormal, heavy-ish spend; with
    /// cancellations, 4 % of days net to £0 or less (cancelled orders) and 1 % are wholesale orders worth 30 times more.
    /// </summary>
    private static List<CustomerPurchase> Simulate(Random rng, int customers, int maxAgeDays, bool cancellations)
    {
        var purchases = new List<CustomerPurchase>();
        for (long c = 1; c <= customers; c++)
        {
            int ageDays = rng.Next(0, maxAgeDays + 1);
            var first = End.AddDays(-ageDays);
            double lambda = Gamma.Sample(rng, 0.8, 6), dropout = Beta.Sample(rng, 0.6, 3);
            double median = Math.Exp(Normal.Sample(rng, 3, 0.8));
            decimal Value()
            {
                double u = rng.NextDouble();
                if (cancellations && u < 0.04)
                {
                    return u < 0.02 ? 0m : -Math.Round((decimal)median, 2);
                }

                double v = median * Math.Exp(Normal.Sample(rng, 0, 0.5)) * (cancellations && u > 0.99 ? 30 : 1);
                return Math.Max(0.01m, Math.Round((decimal)v, 2));
            }

            purchases.Add(new CustomerPurchase(c, first, Math.Abs(Value()) + 0.01m));
            double t = 0;
            while (true)
            {
                t += Exponential.Sample(rng, lambda);
                int day = (int)Math.Floor(t * 7);
                if (day > ageDays)
                {
                    break;
                }

                purchases.Add(new CustomerPurchase(c, first.AddDays(day), Value()));
                if (rng.NextDouble() < dropout)
                {
                    break;
                }
            }
        }

        return purchases;
    }
}
