using Microsoft.Extensions.Options;

namespace CrmInsights.Analytics.Rfm;

/// <summary>
/// Scores a customer base: R, F and M by <see cref="QuintileScorer"/> (recency reversed, so
/// the most recent buyers score 5), segment from the configured R×F map.
/// </summary>
public sealed class RfmScorer
{
    /// <summary>Creates a scorer; the options are validated.</summary>
    public RfmScorer(RfmOptions options) => Map = OptionsValidation.ThrowIfInvalid(options).BuildMap();

    /// <summary>Creates a scorer from bound options.</summary>
    public RfmScorer(IOptions<RfmOptions> options)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value)
    {
    }

    /// <summary>The segment map in use.</summary>
    public RfmSegmentMap Map { get; }

    /// <summary>
    /// Scores every customer of one snapshot (quintiles need the whole base at once). Output is
    /// ordered by customer key.
    /// </summary>
    /// <exception cref="ArgumentException">A customer key repeats, or a value is negative.</exception>
    public IReadOnlyList<RfmScore> Score(IEnumerable<RfmInput> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var rows = customers.OrderBy(c => c.CustomerKey).ToList();
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (i > 0 && rows[i - 1].CustomerKey == row.CustomerKey)
            {
                throw new ArgumentException($"Customer {row.CustomerKey} appears more than once in the RFM input.", nameof(customers));
            }

            if (row.RecencyDays < 0 || row.Frequency < 0 || row.Monetary < 0)
            {
                throw new ArgumentException($"Customer {row.CustomerKey} has a negative RFM value: {row}.", nameof(customers));
            }
        }

        // Fewer days since the last purchase is better, so rank the negated days.
        int[] r = QuintileScorer.Score(rows.Select(c => -c.RecencyDays).ToArray());
        int[] f = QuintileScorer.Score(rows.Select(c => c.Frequency).ToArray());
        int[] m = QuintileScorer.Score(rows.Select(c => c.Monetary).ToArray());
        var scores = new RfmScore[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            scores[i] = new RfmScore(rows[i].CustomerKey, r[i], f[i], m[i], Map.Segment(r[i], f[i]), Map.Version);
        }

        return scores;
    }
}
