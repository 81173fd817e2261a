namespace CrmInsights.Analytics.Clv;

/// <summary>
/// A fitted BG/NBD + Gamma-Gamma model as stored with a snapshot: the seven parameters, fit
/// quality and provenance. Construct from fits with <see cref="From"/>, or from stored values.
/// </summary>
/// <param name="R">BG/NBD r.</param>
/// <param name="Alpha">BG/NBD α (in <paramref name="TimeUnit"/>).</param>
/// <param name="A">BG/NBD a.</param>
/// <param name="B">BG/NBD b.</param>
/// <param name="P">Gamma-Gamma p.</param>
/// <param name="Q">Gamma-Gamma q.</param>
/// <param name="Gamma">Gamma-Gamma γ.</param>
/// <param name="BgNbdLogLikelihood">BG/NBD log-likelihood at the estimates.</param>
/// <param name="GammaGammaLogLikelihood">Gamma-Gamma log-likelihood at the estimates.</param>
/// <param name="CustomerCount">Customers in the BG/NBD fit.</param>
/// <param name="RepeatCustomerCount">Repeat buyers in the Gamma-Gamma fit.</param>
/// <param name="FittedAt">When the fit ran.</param>
/// <param name="TimeUnit">Time unit of α and of the summaries.</param>
/// <param name="Converged">Both optimisations converged.</param>
/// <param name="Iterations">Optimiser iterations of both fits together.</param>
public sealed record ClvModelFit(
    double R, double Alpha, double A, double B,
    double P, double Q, double Gamma,
    double BgNbdLogLikelihood, double GammaGammaLogLikelihood,
    int CustomerCount, int RepeatCustomerCount,
    DateTimeOffset FittedAt, ModelTimeUnit TimeUnit, bool Converged, int Iterations)
{
    /// <summary>The BG/NBD part (validated on access).</summary>
    public BgNbdParameters BgNbd => new(R, Alpha, A, B);

    /// <summary>The Gamma-Gamma part (validated on access).</summary>
    public GammaGammaParameters GammaGamma => new(P, Q, Gamma);

    /// <summary>Combines the two fits.</summary>
    public static ClvModelFit From(BgNbdFit bgNbd, GammaGammaFit gammaGamma, ModelTimeUnit timeUnit, DateTimeOffset fittedAt)
    {
        ArgumentNullException.ThrowIfNull(bgNbd);
        ArgumentNullException.ThrowIfNull(gammaGamma);
        var b = bgNbd.Parameters;
        var g = gammaGamma.Parameters;
        return new ClvModelFit(
            b.R, b.Alpha, b.A, b.B, g.P, g.Q, g.Gamma,
            bgNbd.LogLikelihood, gammaGamma.LogLikelihood, bgNbd.CustomerCount, gammaGamma.CustomerCount,
            fittedAt, timeUnit, bgNbd.Converged && gammaGamma.Converged, bgNbd.Iterations + gammaGamma.Iterations);
    }
}
