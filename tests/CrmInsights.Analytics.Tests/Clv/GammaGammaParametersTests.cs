using CrmInsights.Analytics.Clv;
using static MathNet.Numerics.SpecialFunctions;

namespace CrmInsights.Analytics.Tests.Clv;

public class GammaGammaParametersTests
{
    private static readonly GammaGammaParameters Cdnow = new(6.25, 3.74, 15.44);

    [Fact]
    public void ExpectedAverageSpend_ByHand_WeightsPopulationAndOwnMean()
    {
        // E[M] = (q-1)/(px+q-1) · pγ/(q-1) + px/(px+q-1) · z̄
        const double P = 6.25, Q = 3.74, G = 15.44, Zbar = 22.35;
        const int X = 2;
        double population = P * G / (Q - 1);
        double weight = P * X / ((P * X) + Q - 1);
        double expected = ((1 - weight) * population) + (weight * Zbar);
        Assert.Equal(expected, Cdnow.ExpectedAverageSpend(X, Zbar), 1e-12);
    }

    [Fact]
    public void ExpectedAverageSpend_NoRepeat_IsPopulationMean()
    {
        Assert.Equal(6.25 * 15.44 / 2.74, Cdnow.ExpectedAverageSpend(0, null), 1e-12);
    }

    [Fact]
    public void PopulationMeanSpend_QAtMostOne_ThrowsExplaining()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new GammaGammaParameters(2, 0.9, 10).PopulationMeanSpend);
        Assert.Contains("q <= 1", ex.Message);
    }

    [Fact]
    public void LogLikelihood_ByHand_MatchesDensityOfMean()
    {
        // z̄ of x iid Gamma(p, ν) is Gamma(px, xν); integrate ν ~ Gamma(q, γ) out:
        // f(z̄) = Γ(px+q)/(Γ(px)Γ(q)) · γ^q x^px z̄^(px-1) / (γ + x z̄)^(px+q).
        const double P = 2.5, Q = 3, G = 10, Zbar = 12;
        const int X = 3;
        double px = P * X;
        double density = Math.Exp(GammaLn(px + Q) - GammaLn(px) - GammaLn(Q))
            * Math.Pow(G, Q) * Math.Pow(X, px) * Math.Pow(Zbar, px - 1) / Math.Pow(G + (X * Zbar), px + Q);
        Assert.Equal(Math.Log(density), new GammaGammaParameters(P, Q, G).LogLikelihood(X, Zbar), 1e-12);
    }
}
