using CrmInsights.Analytics.Clv;
using static MathNet.Numerics.SpecialFunctions;

namespace CrmInsights.Analytics.Tests.Clv;

public class BgNbdParametersTests
{
    // Published estimates for CDNOW (Fader, Hardie and Lee 2005), weeks.
    private static readonly BgNbdParameters Cdnow = new(0.242593, 4.413532, 0.792886, 2.425752);

    [Fact]
    public void ConditionalExpectedPurchases_PaperExample_Is1Point226()
    {
        // The paper's worked example: x = 2, t_x = 30.43, T = 38.86, next 39 weeks.
        Assert.Equal(1.226, Cdnow.ConditionalExpectedPurchases(39, 2, 30.43, 38.86), 0.0005);
        // mpmath 1.3.0 at 30 digits: 1.2259103856938939.
        Assert.Equal(1.2259103856938939, Cdnow.ConditionalExpectedPurchases(39, 2, 30.43, 38.86), 1e-12);
    }

    [Theory]
    [InlineData(1, 0.0532, 0.00005)]
    [InlineData(3, 0.1506, 0.00005)]
    [InlineData(32, 1.0437, 0.00005)]
    // The 78-week figure quoted with the data (1.8576) is 2e-4 below the exact value of equation 7
    // at the published parameters (1.857972, see the next test), so it gets a 5e-4 tolerance.
    [InlineData(78, 1.8576, 0.0005)]
    public void ExpectedPurchases_PublishedHorizons_MatchPaper(double weeks, double expected, double tolerance)
    {
        Assert.Equal(expected, Cdnow.ExpectedPurchases(weeks), tolerance);
    }

    // Fits on short or churn-free histories land in corners where one Euler form of the 2F1 term
    // overflows: a far above r + x (the first two), b in the millions with a near 0, and a heavy buyer.
    // Reference: equation 10 in the paper's own form, mpmath 1.3.0 at 60 digits.
    [Theory]
    [InlineData(7.3, 13.2, 620567.0, 3740000.0, 2, 3.0, 4.0, 5.2532497535103279566)]
    [InlineData(7.296719877823714, 13.19151986568681, 0.006826409972254541, 1412193.293505731, 3, 2.5, 4.0, 31.14497071725522642)]
    [InlineData(0.2425932, 4.413546, 0.792875, 2.425726, 300, 38.0, 39.0, 53.181292720439013594)]
    public void ConditionalExpectedPurchases_ExtremeFits_FiniteAndMatchReference(double r, double alpha, double a, double b, int x, double tx, double age, double expected)
    {
        double horizon = x == 300 ? 39 : 52;
        double actual = new BgNbdParameters(r, alpha, a, b).ConditionalExpectedPurchases(horizon, x, tx, age);
        Assert.Equal(expected, actual, expected * 1e-9);
    }

    [Theory]
    [InlineData(1, 0.053184755359877464)]
    [InlineData(3, 0.15063196938549922)]
    [InlineData(32, 1.0437374335585874)]
    [InlineData(78, 1.8579721052041321)]
    public void ExpectedPurchases_MatchesArbitraryPrecisionReference(double weeks, double expected)
    {
        // Reference: equation 7 evaluated with mpmath 1.3.0 hyp2f1 at 30 significant digits.
        Assert.Equal(expected, Cdnow.ExpectedPurchases(weeks), 1e-12);
    }

    [Fact]
    public void ConditionalExpectedPurchases_MatchesEquation10WithNaiveSeries()
    {
        // Equation 10 written out with a plain 2F1 series (z ≈ 0.47 converges quickly), no Euler step.
        double r = Cdnow.R, alpha = Cdnow.Alpha, a = Cdnow.A, b = Cdnow.B;
        const int X = 7;
        const double Tx = 35.2, T = 38.86, Horizon = 39;
        double z = Horizon / (alpha + T + Horizon);
        double f = NaiveHyp2F1(r + X, b + X, a + b + X - 1, z);
        double numerator = (a + b + X - 1) / (a - 1) * (1 - (Math.Pow((alpha + T) / (alpha + T + Horizon), r + X) * f));
        double denominator = 1 + (a / (b + X - 1) * Math.Pow((alpha + T) / (alpha + Tx), r + X));
        Assert.Equal(numerator / denominator, Cdnow.ConditionalExpectedPurchases(Horizon, X, Tx, T), 1e-10);
    }

    [Fact]
    public void ConditionalExpectedPurchases_BrandNewCustomer_EqualsUnconditional()
    {
        // A customer seen only at time 0 (x = 0, T = 0) knows nothing beyond the population.
        Assert.Equal(Cdnow.ExpectedPurchases(52), Cdnow.ConditionalExpectedPurchases(52, 0, 0, 0), 1e-12);
    }

    [Fact]
    public void ConditionalExpectedPurchases_VeryFrequentBuyer_StaysFinite()
    {
        double expected = Cdnow.ConditionalExpectedPurchases(52, 400, 38, 38.86);
        Assert.True(double.IsFinite(expected) && expected > 0, expected.ToString("R"));
    }

    [Fact]
    public void ProbabilityAlive_ByHand()
    {
        double r = Cdnow.R, alpha = Cdnow.Alpha, a = Cdnow.A, b = Cdnow.B;
        double expected = 1 / (1 + (a / (b + 2 - 1) * Math.Pow((alpha + 38.86) / (alpha + 30.43), r + 2)));
        Assert.Equal(expected, Cdnow.ProbabilityAlive(2, 30.43, 38.86), 1e-14);
        Assert.Equal(1.0, Cdnow.ProbabilityAlive(0, 0, 38.86)); // no repeat purchase: cannot have dropped out yet
    }

    [Fact]
    public void LogLikelihood_ByHand_MatchesEquation6()
    {
        double r = Cdnow.R, alpha = Cdnow.Alpha, a = Cdnow.A, b = Cdnow.B;
        const int X = 3;
        const double Tx = 20, T = 30;
        double betaRatio = Beta(a, b + X) / Beta(a, b);
        double gammaTerm = Gamma(r + X) * Math.Pow(alpha, r) / Gamma(r);
        double likelihood = (betaRatio * gammaTerm / Math.Pow(alpha + T, r + X))
            + (Beta(a + 1, b + X - 1) / Beta(a, b) * gammaTerm / Math.Pow(alpha + Tx, r + X));
        Assert.Equal(Math.Log(likelihood), Cdnow.LogLikelihood(X, Tx, T), 1e-12);
    }

    [Fact]
    public void ExpectedPurchases_AEqualsOne_IsContinuous()
    {
        var atOne = new BgNbdParameters(0.5, 5, 1, 2);
        double below = new BgNbdParameters(0.5, 5, 1 - 1e-4, 2).ExpectedPurchases(20);
        double above = new BgNbdParameters(0.5, 5, 1 + 1e-4, 2).ExpectedPurchases(20);
        Assert.InRange(atOne.ExpectedPurchases(20), Math.Min(below, above) - 1e-6, Math.Max(below, above) + 1e-6);
    }

    [Theory]
    [InlineData(0, 1, 1, 1)]
    [InlineData(1, -1, 1, 1)]
    [InlineData(1, 1, double.NaN, 1)]
    [InlineData(1, 1, 1, double.PositiveInfinity)]
    public void Constructor_NonPositiveParameter_Throws(double r, double alpha, double a, double b)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BgNbdParameters(r, alpha, a, b));
    }

    [Fact]
    public void ProbabilityAlive_RecencyAfterAge_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Cdnow.ProbabilityAlive(2, 40, 38));
    }

    private static double Beta(double x, double y) => Math.Exp(BetaLn(x, y));

    private static double NaiveHyp2F1(double a, double b, double c, double z)
    {
        double sum = 1, term = 1;
        for (int n = 0; n < 5000; n++)
        {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
        }

        return sum;
    }
}
