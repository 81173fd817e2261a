using static MathNet.Numerics.SpecialFunctions;

namespace CrmInsights.Analytics.Clv;

/// <summary>
/// Parameters of the Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and CLV: using
/// iso-value curves for customer base analysis"): each transaction value ~ Gamma(p, ν), and
/// ν ~ Gamma(q, γ) across customers, so a customer's mean spend is p/ν.
/// </summary>
public sealed record GammaGammaParameters
{
    /// <summary>Creates a parameter set; every value must be positive and finite.</summary>
    public GammaGammaParameters(double p, double q, double gamma)
    {
        RequirePositive(p, nameof(p));
        RequirePositive(q, nameof(q));
        RequirePositive(gamma, nameof(gamma));
        (P, Q, Gamma) = (p, q, gamma);
    }

    /// <summary>Shape of the per-transaction Gamma distribution.</summary>
    public double P { get; }

    /// <summary>Shape of the Gamma distribution of ν across customers.</summary>
    public double Q { get; }

    /// <summary>Rate of the Gamma distribution of ν across customers (in currency units).</summary>
    public double Gamma { get; }

    /// <summary>Population mean spend per transaction, pγ/(q−1); needs q &gt; 1.</summary>
    /// <exception cref="InvalidOperationException">q ≤ 1, where the mean is infinite.</exception>
    public double PopulationMeanSpend => Q > 1
        ? P * Gamma / (Q - 1)
        : throw new InvalidOperationException(FormattableString.Invariant($"Gamma-Gamma mean spend is infinite for q <= 1 (q = {Q})."));

    /// <summary>
    /// Log density of a customer's mean repeat value z̄ over x transactions:
    /// ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄).
    /// </summary>
    public double LogLikelihood(int x, double meanValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(x);
        RequirePositive(meanValue, nameof(meanValue));
        double px = P * x;
        return GammaLn(px + Q) - GammaLn(px) - GammaLn(Q) + (Q * Math.Log(Gamma))
            + ((px - 1) * Math.Log(meanValue)) + (px * Math.Log(x)) - ((px + Q) * Math.Log(Gamma + (x * meanValue)));
    }

    /// <summary>
    /// E[mean spend | x, z̄] = (γ + x z̄)p/(px + q − 1), a weighted average of the population mean and
    /// the customer's own z̄; the population mean when x = 0 or z̄ is unknown.
    /// </summary>
    public double ExpectedAverageSpend(int x, double? meanValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        if (x == 0 || meanValue is null)
        {
            return PopulationMeanSpend;
        }

        RequirePositive(meanValue.Value, nameof(meanValue));
        _ = PopulationMeanSpend; // same q > 1 requirement and message
        return (Gamma + (x * meanValue.Value)) * P / ((P * x) + Q - 1);
    }

    // Records print every public property; the mean spend throws for q <= 1, so print the parameters only.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"P = {P}, Q = {Q}, Gamma = {Gamma}");
        return true;
    }

    private static void RequirePositive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Gamma-Gamma parameters and mean values must be positive and finite.");
        }
    }
}
