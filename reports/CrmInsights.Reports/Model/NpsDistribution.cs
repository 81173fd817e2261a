namespace CrmInsights.Reports.Model;

/// <summary>Counts of valid 0..10 answers to the recommend question in the period.</summary>
public sealed record NpsDistribution
{
    /// <summary>Creates the distribution from exactly eleven counts (score 0 first).</summary>
    public NpsDistribution(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count != 11 || counts.Any(c => c < 0))
        {
            throw new ArgumentException($"An NPS distribution needs 11 non-negative counts (0..10), got {counts.Count}.", nameof(counts));
        }
        Counts = counts.ToArray();
    }

    /// <summary>Count per score, index = score.</summary>
    public IReadOnlyList<int> Counts { get; }

    /// <summary>Number of valid answers.</summary>
    public int Total => Counts.Sum();

    /// <summary>% promoters (9–10) − % detractors (0–6), −100..100; null without answers.</summary>
    public decimal? Nps => Total == 0
        ? null
        : Math.Round(100m * (Counts[9] + Counts[10] - Counts.Take(7).Sum()) / Total, 2);
}
