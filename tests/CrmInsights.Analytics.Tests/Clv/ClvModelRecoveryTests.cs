using CrmInsights.Analytics.Clv;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace CrmInsights.Analytics.Tests.Clv;

public class ClvModelRecoveryTests(ITestOutputHelper output)
{
    private const int Customers = 5_000;
    private static readonly DateOnly End = new(2025, 12, 31);

    // Truth: weekly purchase rates λ ~ Gamma(r = 0.6, α = 4) (mean 0.15 a week), dropout
    // p ~ Beta(0.8, 2.5), spend per transaction ~ Gamma(p = 6, ν) with ν ~ Gamma(q = 4, γ = 15).
    private const double R = 0.6, Alpha = 4, A = 0.8, B = 2.5, P = 6, Q = 4, G = 15;

    [Fact]
    public void Fit_SimulatedPopulation_RecoversParameters()
    {
        var purchases = Simulate(new Random(20250301));
        var summaries = CustomerSummarizer.Summarize(purchases, End, ModelTimeUnit.Weeks).ToList();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 6, 0, 0, TimeSpan.Zero));
        var attempt = new ClvModelFitter(Options.Create(new ClvOptions()), clock).Fit(summaries);
        var fit = Flat(attempt);
        output.WriteLine($"r={fit.R:F4} alpha={fit.Alpha:F4} a={fit.A:F4} b={fit.B:F4} p={fit.P:F4} q={fit.Q:F4} gamma={fit.Gamma:F4} n={attempt.CustomerCount} repeat={attempt.RepeatCustomerCount} it={attempt.Iterations}");

        Assert.Equal(Customers, attempt.CustomerCount);
        Assert.True(attempt.Converged, attempt.BgNbdProblem + attempt.GammaGammaProblem);
        Assert.Equal(clock.GetUtcNow(), attempt.FittedAt);
        // Tolerance: each estimate within three standard errors of the truth, the standard errors
        // coming from the observed information (numerical Hessian of the log-likelihood in
        // log-parameters) at the estimate. The seed is fixed, so the test is deterministic.
        double BgLl(double[] v) => summaries.Sum(c => new BgNbdParameters(v[0], v[1], v[2], v[3]).LogLikelihood(c.Frequency, c.Recency, c.Age));
        double GgLl(double[] v) => summaries.Where(c => c.Frequency > 0).Sum(c => new GammaGammaParameters(v[0], v[1], v[2]).LogLikelihood(c.Frequency, c.MeanRepeatValue!.Value));
        AssertWithinThreeStandardErrors([R, Alpha, A, B], [fit.R, fit.Alpha, fit.A, fit.B], BgLl, ["r", "alpha", "a", "b"]);
        AssertWithinThreeStandardErrors([P, Q, G], [fit.P, fit.Q, fit.Gamma], GgLl, ["p", "q", "gamma"]);
        // And a plain cap, so a badly conditioned Hessian cannot excuse a poor fit.
        foreach (var (truth, estimate) in new[] { (R, fit.R), (Alpha, fit.Alpha), (A, fit.A), (B, fit.B), (P, fit.P), (Q, fit.Q), (G, fit.Gamma) })
        {
            BgNbdFitterTests.AssertRelative(truth, estimate, 0.25);
        }

        // The population mean spend pγ/(q−1) is far better determined than its parts.
        BgNbdFitterTests.AssertRelative(P * G / (Q - 1), attempt.GammaGamma!.Parameters.PopulationMeanSpend, 0.05);
    }

    private static (double R, double Alpha, double A, double B, double P, double Q, double Gamma) Flat(ClvFitAttempt attempt)
    {
        var (b, g) = (attempt.BgNbd!.Parameters, attempt.GammaGamma!.Parameters);
        return (b.R, b.Alpha, b.A, b.B, g.P, g.Q, g.Gamma);
    }

    private void AssertWithinThreeStandardErrors(double[] truth, double[] estimate, Func<double[], double> logLikelihood, string[] names)
    {
        double[] theta = estimate.Select(e => Math.Log(e)).ToArray();
        double Ll(double[] t) => logLikelihood(t.Select(Math.Exp).ToArray());
        int k = theta.Length;
        const double H = 1e-4;
        var information = Matrix<double>.Build.Dense(k, k);
        for (int i = 0; i < k; i++)
        {
            for (int j = i; j < k; j++)
            {
                double Shifted(double di, double dj)
                {
                    double[] t = (double[])theta.Clone();
                    t[i] += di;
                    t[j] += dj;
                    return Ll(t);
                }

                double second = (Shifted(H, H) - Shifted(H, -H) - Shifted(-H, H) + Shifted(-H, -H)) / (4 * H * H);
                information[i, j] = information[j, i] = -second;
            }
        }

        var covariance = information.Inverse();
        for (int i = 0; i < k; i++)
        {
            double se = Math.Sqrt(covariance[i, i]); // standard error of ln(parameter) ≈ relative standard error
            double z = (theta[i] - Math.Log(truth[i])) / se;
            output.WriteLine($"{names[i]}: truth {truth[i]}, estimate {estimate[i]:F4}, relative SE {se:P1}, z = {z:F2}");
            Assert.True(Math.Abs(z) <= 3, $"{names[i]} is {z:F2} standard errors from the truth.");
        }
    }

    /// <summary>Orders of a BG/NBD + Gamma-Gamma population, sorted by customer, first purchases spread over a year.</summary>
    internal static List<CustomerPurchase> Simulate(Random rng)
    {
        var purchases = new List<CustomerPurchase>();
        for (long customer = 1; customer <= Customers; customer++)
        {
            int ageDays = rng.Next(182, 547); // T between 26 and 78 weeks
            DateOnly first = End.AddDays(-ageDays);
            double lambda = Gamma.Sample(rng, R, Alpha);
            double dropout = Beta.Sample(rng, A, B);
            double nu = Gamma.Sample(rng, Q, G);
            purchases.Add(new CustomerPurchase(customer, first, Money(rng, nu)));
            double t = 0;
            while (true)
            {
                t += Exponential.Sample(rng, lambda);
                int day = (int)Math.Floor(t * 7);
                if (day > ageDays)
                {
                    break;
                }

                purchases.Add(new CustomerPurchase(customer, first.AddDays(day), Money(rng, nu)));
                if (rng.NextDouble() < dropout)
                {
                    break; // dropped out right after this repeat purchase
                }
            }
        }

        return purchases;
    }

    private static decimal Money(Random rng, double nu) => Math.Max(0.01m, Math.Round((decimal)Gamma.Sample(rng, P, nu), 2));
}
