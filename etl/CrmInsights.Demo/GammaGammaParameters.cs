namespace CrmInsights.Demo;

/// <summary>
/// Gamma-Gamma spend parameters (Fader, Hardie and Lee 2005b): an order's net value is
/// Gamma(shape p, rate nu) and each customer's nu ~ Gamma(shape q, rate gamma), so the
/// population mean order value is p * gamma / (q - 1).
/// </summary>
public sealed class GammaGammaParameters
{
    /// <summary>Shape of an order's value given the customer.</summary>
    public double P { get; set; } = 6.0;

    /// <summary>Shape of the customers' nu.</summary>
    public double Q { get; set; } = 3.5;

    /// <summary>Rate of the customers' nu (in currency units).</summary>
    public double Gamma { get; set; } = 19.0;
}
