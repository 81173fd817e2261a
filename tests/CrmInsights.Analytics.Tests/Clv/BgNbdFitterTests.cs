using CrmInsights.Analytics.Clv;
using Xunit.Abstractions;

namespace CrmInsights.Analytics.Tests.Clv;

public class BgNbdFitterTests(ITestOutputHelper output)
{
    [Fact]
    public void Fit_CdnowCalibration_ReproducesPublishedEstimates()
    {
        var fit = BgNbdFitter.Fit(CdnowData.Summary);
        var p = fit.Parameters;
        output.WriteLine($"r={p.R:R} alpha={p.Alpha:R} a={p.A:R} b={p.B:R} LL={fit.LogLikelihood:R} it={fit.Iterations} conv={fit.Converged}");

        Assert.True(fit.Converged);
        Assert.True(fit.IsValid, fit.Problem);
        Assert.Equal(2357, fit.CustomerCount);
        AssertRelative(0.242593, p.R, 1e-3);
        AssertRelative(4.413532, p.Alpha, 1e-3);
        AssertRelative(0.792886, p.A, 1e-3);
        AssertRelative(2.425752, p.B, 1e-3);
        // Fader, Hardie and Lee (2005) report LL = -9582.4 for these estimates.
        Assert.Equal(-9582.4, fit.LogLikelihood, 0.1);
        double atPublished = CdnowData.Summary.Sum(c => new BgNbdParameters(0.242593, 4.413532, 0.792886, 2.425752).LogLikelihood(c.Frequency, c.Recency, c.Age));
        // Both points sit on the same optimum: the likelihoods agree to far below any meaningful difference.
        Assert.Equal(atPublished, fit.LogLikelihood, 1e-6);
    }

    [Fact]
    public void Fit_IterationBudgetTooSmall_ReportsNotConvergedWithBestPointSoFar()
    {
        var fit = BgNbdFitter.Fit(CdnowData.Summary, maxIterations: 10);
        Assert.False(fit.Converged);
        Assert.Equal(FitStatus.NotConverged, fit.Status);
        Assert.Contains("not converged", fit.Problem);
        Assert.InRange(fit.Iterations, 1, 20);
        // Still better than the all-ones starting point.
        double atStart = CdnowData.Summary.Sum(c => new BgNbdParameters(1, 1, 1, 1).LogLikelihood(c.Frequency, c.Recency, c.Age));
        Assert.True(fit.LogLikelihood > atStart);
    }

    [Fact]
    public void Fit_NoCustomers_Throws() => Assert.Throws<ArgumentException>(() => BgNbdFitter.Fit([]));

    [Fact]
    public void Fit_InvalidSummary_ThrowsNamingCustomer()
    {
        var ex = Assert.Throws<ArgumentException>(() => BgNbdFitter.Fit([new CustomerSummary(77, 2, 40, 30, 5)]));
        Assert.Contains("Customer 77", ex.Message);
    }

    internal static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            $"Expected {expected} within {tolerance:P2}, got {actual} ({(actual - expected) / expected:P4}).");
}
