namespace CrmInsights.Demo.Sampling;

/// <summary>
/// Samplers for the distributions the generator needs, written against <see cref="SplitMix64"/>
/// so the bytes produced depend only on this code and the seed (a library upgrade cannot
/// change a demo dataset). Tests check them against MathNet.Numerics' distribution functions.
/// </summary>
public static class Distributions
{
    /// <summary>Standard normal (Marsaglia polar method; the spare value is discarded to keep the state simple).</summary>
    public static double Normal(ref SplitMix64 rng)
    {
        while (true)
        {
            var u = (2 * rng.NextDouble()) - 1;
            var v = (2 * rng.NextDouble()) - 1;
            var s = (u * u) + (v * v);
            if (s > 0 && s < 1)
            {
                return u * Math.Sqrt(-2 * Math.Log(s) / s);
            }
        }
    }

    /// <summary>Gamma with the given shape and rate (mean shape / rate): Marsaglia and Tsang (2000), boosted for shape &lt; 1.</summary>
    public static double Gamma(ref SplitMix64 rng, double shape, double rate)
    {
        if (shape < 1)
        {
            // Gamma(a) = Gamma(a + 1) * U^(1/a) (Marsaglia and Tsang, section 6).
            var boost = Math.Pow(rng.NextDoubleNonZero(), 1 / shape);
            return Gamma(ref rng, shape + 1, rate) * boost;
        }

        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(ref rng);
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = rng.NextDoubleNonZero();
            if (u < 1 - (0.0331 * x * x * x * x) || Math.Log(u) < (0.5 * x * x) + (d * (1 - v + Math.Log(v))))
            {
                return d * v / rate;
            }
        }
    }

    /// <summary>Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b).</summary>
    public static double Beta(ref SplitMix64 rng, double a, double b)
    {
        var x = Gamma(ref rng, a, 1);
        var y = Gamma(ref rng, b, 1);
        return x + y == 0 ? 0.5 : x / (x + y);
    }

    /// <summary>Exponential with the given rate.</summary>
    public static double Exponential(ref SplitMix64 rng, double rate) => -Math.Log(rng.NextDoubleNonZero()) / rate;

    /// <summary>Log-normal: exp(mu + sigma * Z).</summary>
    public static double LogNormal(ref SplitMix64 rng, double mu, double sigma) => Math.Exp(mu + (sigma * Normal(ref rng)));

    /// <summary>Poisson by inversion for small means, normal approximation above 50 (daily counts only).</summary>
    public static int Poisson(ref SplitMix64 rng, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 50)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal(ref rng))));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var p = rng.NextDouble();
        while (p > limit)
        {
            k++;
            p *= rng.NextDouble();
        }

        return k;
    }

    /// <summary>Geometric count of failures before a success with probability <paramref name="p"/> (0, 1, 2, ...).</summary>
    public static int Geometric(ref SplitMix64 rng, double p)
    {
        if (p >= 1)
        {
            return 0;
        }

        return (int)Math.Floor(Math.Log(rng.NextDoubleNonZero()) / Math.Log(1 - p));
    }
}
