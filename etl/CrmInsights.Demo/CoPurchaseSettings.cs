namespace CrmInsights.Demo;

/// <summary>
/// The planted co-purchase structure (the ground truth of product affinity): <see cref="Pairs"/> disjoint pairs of
/// mid-priced products; an order that holds a pair's anchor gains its partner as an extra line with
/// <see cref="Probability"/>, drawn from a stream of its own so no other output's randomness shifts.
/// </summary>
public sealed class CoPurchaseSettings
{
    /// <summary>Number of planted pairs (0 = none).</summary>
    public int Pairs { get; set; } = 5;

    /// <summary>Chance that an order with the anchor also gets the partner.</summary>
    public double Probability { get; set; } = 0.5;
}
