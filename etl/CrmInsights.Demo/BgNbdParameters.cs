namespace CrmInsights.Demo;

/// <summary>
/// BG/NBD purchase-process parameters (Fader, Hardie and Lee 2005), time unit = weeks as in
/// the CDNOW convention: each customer buys at Poisson rate lambda ~ Gamma(shape r, rate alpha)
/// per week while alive and drops out after each repeat purchase with probability p ~ Beta(a, b).
/// </summary>
public sealed class BgNbdParameters
{
    /// <summary>Gamma shape of the purchase rate.</summary>
    public double R { get; set; } = 0.9;

    /// <summary>Gamma rate (inverse scale) of the purchase rate, in weeks.</summary>
    public double Alpha { get; set; } = 9.0;

    /// <summary>Beta a of the dropout probability.</summary>
    public double A { get; set; } = 0.7;

    /// <summary>Beta b of the dropout probability.</summary>
    public double B { get; set; } = 4.0;
}
