namespace CrmInsights.Analytics.Clv;

/// <summary>
/// A customer's purchase history in the form the BG/NBD and Gamma-Gamma models use.
/// </summary>
/// <param name="CustomerKey">Customer surrogate key.</param>
/// <param name="Frequency">x: number of repeat purchase days (purchase days after the first).</param>
/// <param name="Recency">tₓ: time from the first to the last purchase, in model time units (0 when x = 0).</param>
/// <param name="Age">T: time from the first purchase to the end of the observation period, in model time units.</param>
/// <param name="MeanRepeatValue">z̄: mean value of the repeat purchase days with spend; null when there are none.</param>
/// <param name="MonetaryFrequency">How many repeat purchase days z̄ averages (those worth more than 0; Gamma-Gamma's x).
/// Null means all <paramref name="Frequency"/> of them, as in summaries from other tools.</param>
public sealed record CustomerSummary(long CustomerKey, int Frequency, double Recency, double Age, double? MeanRepeatValue, int? MonetaryFrequency = null)
{
    /// <summary>Throws when the summary cannot come from a real purchase history.</summary>
    /// <exception cref="ArgumentException">x &lt; 0, tₓ outside [0, T], T not finite, z̄ non-positive, or a monetary frequency outside [0, x] or without its z̄.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "MA0015:Specify the parameter name in ArgumentException",
        Justification = "The summary is the argument of the fitters that call this; it has no parameter of its own to name.")]
    public void EnsureValid()
    {
        if (Frequency < 0)
        {
            throw new ArgumentException(Describe($"frequency x must be >= 0, was {Frequency}."));
        }

        if (!double.IsFinite(Age) || Age < 0)
        {
            throw new ArgumentException(Describe($"age T must be a finite number >= 0, was {Age}."));
        }

        if (!double.IsFinite(Recency) || Recency < 0 || Recency > Age)
        {
            throw new ArgumentException(Describe($"recency t_x must lie in [0, T = {Age}], was {Recency}."));
        }

        if (MeanRepeatValue is { } z && (!double.IsFinite(z) || z <= 0))
        {
            throw new ArgumentException(Describe($"mean repeat value must be positive, was {z}."));
        }

        if (MonetaryFrequency is { } m && (m < 0 || m > Frequency || (m > 0) != MeanRepeatValue.HasValue))
        {
            throw new ArgumentException(Describe($"monetary frequency must lie in [0, x = {Frequency}] and come with a mean repeat value exactly when > 0, was {m}."));
        }
    }

    private string Describe(FormattableString problem) =>
        FormattableString.Invariant($"Customer {CustomerKey}: ") + FormattableString.Invariant(problem);
}
