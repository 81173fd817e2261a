using CrmInsights.Analytics.Numerics;

namespace CrmInsights.Analytics.Tests.Numerics;

public class HypergeometricTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    [InlineData(-0.5)]
    [InlineData(-3.0)]
    public void Hyp2F1_OneOneTwo_EqualsMinusLogOneMinusZOverZ(double z)
    {
        double expected = -Math.Log(1 - z) / z;
        AssertClose(expected, Hypergeometric.Hyp2F1(1, 1, 2, z), 1e-13);
    }

    [Theory]
    [InlineData(2.5, 1.7, 0.3)]
    [InlineData(2.5, 1.7, 0.95)]
    [InlineData(0.4, 3.0, -2.0)]
    [InlineData(-1.5, 0.8, 0.7)]
    public void Hyp2F1_BEqualsC_EqualsPowerOfOneMinusZ(double a, double b, double z)
    {
        AssertClose(Math.Pow(1 - z, -a), Hypergeometric.Hyp2F1(a, b, b, z), 1e-13);
    }

    [Fact]
    public void Hyp2F1_HalfHalfThreeHalves_EqualsArcsinOverZ()
    {
        const double S = 0.9;
        AssertClose(Math.Asin(S) / S, Hypergeometric.Hyp2F1(0.5, 0.5, 1.5, S * S), 1e-13);
    }

    [Fact]
    public void Hyp2F1_NegativeArgument_EqualsArctanOverZ()
    {
        // 2F1(1/2, 1; 3/2; -s^2) = atan(s)/s; s = 2 puts z = -4 outside the unit disc (Pfaff branch).
        const double S = 2;
        AssertClose(Math.Atan(S) / S, Hypergeometric.Hyp2F1(0.5, 1, 1.5, -S * S), 1e-13);
    }

    [Theory]
    [InlineData(1.0, 0.9)]
    [InlineData(0.3, 0.95)]
    [InlineData(2.2, 0.5)]
    public void Hyp2F1_CMinusAMinusBNegative_MatchesDlmf15_4_11(double a, double s)
    {
        // DLMF 15.4.11: F(a, a + 1/2; 1/2; s^2) = ((1 + s)^(-2a) + (1 - s)^(-2a)) / 2. Here c - a - b = -2a < 0 (Euler branch).
        double expected = (Math.Pow(1 + s, -2 * a) + Math.Pow(1 - s, -2 * a)) / 2;
        AssertClose(expected, Hypergeometric.Hyp2F1(a, a + 0.5, 0.5, s * s), 1e-12);
    }

    [Fact]
    public void Hyp2F1_CompleteEllipticIntegral_MatchesPublishedK()
    {
        // K(m = 1/2) = 1.8540746773013719 (Abramowitz & Stegun table 17.1); K(m) = (π/2) 2F1(1/2, 1/2; 1; m).
        AssertClose(2 * 1.8540746773013719 / Math.PI, Hypergeometric.Hyp2F1(0.5, 0.5, 1, 0.5), 1e-14);
    }

    [Fact]
    public void Hyp2F1_NegativeIntegerA_IsThePolynomial()
    {
        // 2F1(-2, 3; 4; z) = 1 - (2·3/4) z + ((-2)(-1)·3·4 / (4·5·2!)) z^2 = 1 - 1.5 z + 0.6 z^2.
        const double Z = 0.5;
        AssertClose(1 - (1.5 * Z) + (0.6 * Z * Z), Hypergeometric.Hyp2F1(-2, 3, 4, Z), 1e-15);
    }

    [Fact]
    public void Hyp2F1_ZeroArgument_IsOne() => Assert.Equal(1.0, Hypergeometric.Hyp2F1(3.3, 4.4, 5.5, 0));

    [Theory]
    [InlineData(1.0, 1.0, 2.0, 1.0)]
    [InlineData(1.0, 1.0, 2.0, 1.5)]
    [InlineData(1.0, 1.0, 0.0, 0.5)]
    [InlineData(1.0, 1.0, -3.0, 0.5)]
    [InlineData(double.NaN, 1.0, 2.0, 0.5)]
    public void Hyp2F1_OutsideDomain_Throws(double a, double b, double c, double z)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Hypergeometric.Hyp2F1(a, b, c, z));
    }

    [Fact]
    public void Hyp2F1_ArgumentTooCloseToOne_ThrowsNotConverged()
    {
        var ex = Assert.Throws<ArithmeticException>(() => Hypergeometric.Hyp2F1(1, 1, 2, 1 - 1e-9));
        Assert.Contains("did not converge", ex.Message);
    }

    private static void AssertClose(double expected, double actual, double relative) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected),
            $"Expected {expected:R}, got {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):E2}).");
}
