namespace CrmInsights.Analytics.Numerics;

/// <summary>
/// The Gauss hypergeometric function ₂F₁(a, b; c; z) for real arguments, as the BG/NBD
/// predictions need it.
/// </summary>
/// <remarks>
/// <para>Supported domain: real, finite a, b, c with c not zero or a negative integer, and
/// real z &lt; 1. No analytic continuation to z ≥ 1 is attempted (the series diverges there and
/// BG/NBD never asks for it: its arguments are t/(α+T+t) ∈ [0, 1)).</para>
/// <para>Method: for 0 &lt; z &lt; 1 the Gauss series is summed directly when c − a − b ≥ 0, and
/// through Euler's transformation ₂F₁(a,b;c;z) = (1−z)^(c−a−b) ₂F₁(c−a, c−b; c; z) when
/// c − a − b &lt; 0, whose series then has a positive c − a − b and so converges much faster near
/// z = 1. For z &lt; 0, Pfaff's transformation ₂F₁(a,b;c;z) = (1−z)^(−a) ₂F₁(a, c−b; c; z/(z−1))
/// maps the argument into [0, 1). The series needs roughly 37/(1−w) terms for argument w;
/// it is capped at <see cref="MaxTerms"/> terms, so in practice w ≤ 1 − 10⁻⁵ is supported and
/// anything closer to 1 throws. Accuracy is near double precision when the summed terms share a
/// sign (the BG/NBD case); a series whose terms alternate loses digits to cancellation.</para>
/// </remarks>
public static class Hypergeometric
{
    /// <summary>The most series terms summed before giving up with an exception.</summary>
    public const int MaxTerms = 10_000_000;

    private const double RelativeTolerance = 1e-16;

    /// <summary>Evaluates ₂F₁(a, b; c; z) for the domain described on the type.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside the supported domain.</exception>
    /// <exception cref="ArithmeticException">The series did not converge within <see cref="MaxTerms"/> terms or overflowed.</exception>
    public static double Hyp2F1(double a, double b, double c, double z)
    {
        ValidateParameters(a, b, c);
        if (!double.IsFinite(z) || z >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "2F1 is supported for real z < 1 only.");
        }

        if (z == 0 || a == 0 || b == 0)
        {
            return 1;
        }

        if (z < 0)
        {
            // Pfaff: w = z/(z-1) lies in (0, 1) for every z < 0.
            double w = z / (z - 1);
            return Math.Pow(1 - z, -a) * PositiveArgument(a, c - b, c, w);
        }

        return PositiveArgument(a, b, c, z);
    }

    private static double PositiveArgument(double a, double b, double c, double z)
    {
        double excess = c - a - b;
        return excess < 0
            ? Math.Pow(1 - z, excess) * Series(c - a, c - b, c, z)
            : Series(a, b, c, z);
    }

    /// <summary>
    /// The plain Gauss series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ for 0 ≤ z &lt; 1, without transformations.
    /// Callers that apply a transformation themselves (to fold its power prefactor into their own)
    /// use this directly.
    /// </summary>
    internal static double Series(double a, double b, double c, double z)
    {
        ValidateParameters(a, b, c);
        if (!(z >= 0 && z < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "The 2F1 series is summed for 0 <= z < 1 only.");
        }

        // Beyond this index every Pochhammer factor (a+n), (b+n), (c+n) is positive, which the tail
        // bound below needs. It depends only on negative parameters: a parameter in the millions (as a
        // degenerate CLV fit gives) must not hold off the convergence test for millions of terms.
        double settledIndex = Math.Max(0, Math.Max(Math.Max(-a, -b), -c)) + 1;
        double sum = 1;
        double term = 1;
        for (int n = 0; n < MaxTerms; n++)
        {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            term *= ratio;
            if (term == 0)
            {
                return sum; // a or b is a non-positive integer: the series terminated.
            }

            sum += term;
            if (!double.IsFinite(sum))
            {
                throw new ArithmeticException(FormattableString.Invariant(
                    $"2F1({a}, {b}; {c}; {z}) overflowed the double range."));
            }

            if (n + 1 >= settledIndex)
            {
                double bound = TailRatioBound(a, b, c, z, n + 1);
                if (bound < 1 && Math.Abs(term) * bound / (1 - bound) <= RelativeTolerance * Math.Abs(sum))
                {
                    return sum;
                }
            }
        }

        throw new ArithmeticException(FormattableString.Invariant(
            $"2F1({a}, {b}; {c}; {z}) did not converge in {MaxTerms} terms; the argument is too close to 1."));
    }

    /// <summary>
    /// An upper bound on every later term ratio (a+k)(b+k)/((c+k)(k+1))·z, k ≥ m, once all factors are
    /// positive: each quotient (p+k)/(q+k) moves monotonically towards 1, so its supremum over k ≥ m is
    /// max((p+m)/(q+m), 1). Of the two ways to pair the factors, the tighter bound is taken.
    /// </summary>
    private static double TailRatioBound(double a, double b, double c, double z, int m)
    {
        static double Sup(double p, double q, int m) => Math.Max((p + m) / (q + m), 1);
        return z * Math.Min(Sup(a, c, m) * Sup(b, 1, m), Sup(b, c, m) * Sup(a, 1, m));
    }

    private static void ValidateParameters(double a, double b, double c)
    {
        if (!double.IsFinite(a))
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, "2F1 parameter a must be finite.");
        }

        if (!double.IsFinite(b))
        {
            throw new ArgumentOutOfRangeException(nameof(b), b, "2F1 parameter b must be finite.");
        }

        if (!double.IsFinite(c) || (c <= 0 && c == Math.Floor(c)))
        {
            throw new ArgumentOutOfRangeException(nameof(c), c, "2F1 parameter c must be finite and not zero or a negative integer.");
        }
    }
}
