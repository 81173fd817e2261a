namespace CrmInsights.Demo.Sampling;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): an 8-byte-state generator that passes BigCrush.
/// Chosen over <see cref="Random"/> because its output is fixed by this code, not by the
/// runtime (seeded System.Random's algorithm is an implementation detail), and because
/// 8 bytes of state let every customer carry its own stream, so each customer's history
/// depends only on the seed and its id, never on the order other streams were drawn in.
/// </summary>
public struct SplitMix64
{
    private ulong _state;

    /// <summary>Creates a stream from a raw 64-bit state.</summary>
    public SplitMix64(ulong state) => _state = state;

    /// <summary>The current state (to store a stream compactly and resume it later).</summary>
    public readonly ulong State => _state;

    /// <summary>Derives an independent stream from a seed and up to three labels (stream id, day, entity id).</summary>
    public static SplitMix64 For(long seed, ulong stream, ulong a = 0, ulong b = 0)
    {
        var h = Mix((ulong)seed ^ 0x9E3779B97F4A7C15UL);
        h = Mix(h ^ (stream * 0xBF58476D1CE4E5B9UL));
        h = Mix(h ^ (a + 0x632BE59BD9B4E019UL));
        h = Mix(h ^ (b * 0x94D049BB133111EBUL + 1));
        return new SplitMix64(h);
    }

    /// <summary>The SplitMix64 finaliser, also used as a hash of labels.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform double in (0, 1], safe for logarithms.</summary>
    public double NextDoubleNonZero() => ((NextUInt64() >> 11) + 1) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, maxExclusive) (Lemire's multiply-shift; bias below 2^-32 for our ranges).</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "Must be positive.");
        }

        return (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);
    }

    /// <summary>Uniform integer in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;
}
