using CrmInsights.Analytics.Numerics;
using static MathNet.Numerics.SpecialFunctions;

namespace CrmInsights.Analytics.Clv;

/// <summary>
/// Parameters of the BG/NBD model (Fader, Hardie and Lee 2005, "Counting your customers the
/// easy way"): purchase rates λ ~ Gamma(shape r, rate α) while alive, and after each repeat
/// purchase the customer drops out with probability p ~ Beta(a, b). Times are in the fit's unit.
/// </summary>
public sealed record BgNbdParameters
{
    /// <summary>Creates a parameter set; every value must be positive and finite.</summary>
    public BgNbdParameters(double r, double alpha, double a, double b)
    {
        RequirePositive(r, nameof(r));
        RequirePositive(alpha, nameof(alpha));
        RequirePositive(a, nameof(a));
        RequirePositive(b, nameof(b));
        (R, Alpha, A, B) = (r, alpha, a, b);
    }

    /// <summary>Shape of the Gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>Rate (inverse scale) of the Gamma distribution of purchase rates, in model time units.</summary>
    public double Alpha { get; }

    /// <summary>First shape of the Beta distribution of dropout probabilities.</summary>
    public double A { get; }

    /// <summary>Second shape of the Beta distribution of dropout probabilities.</summary>
    public double B { get; }

    /// <summary>
    /// Log-likelihood of one customer's (x, tₓ, T) (equation 6 of the paper, in log form with a
    /// log-sum-exp so large x does not underflow).
    /// </summary>
    public double LogLikelihood(int x, double tx, double t)
    {
        RequireHistory(x, tx, t);
        return LogLikelihood(x, tx, t, LogLikelihoodCommonTerm(x));
    }

    // The part of the log-likelihood that depends on x only; fitting computes it once per distinct x.
    internal double LogLikelihoodCommonTerm(int x) =>
        GammaLn(R + x) - GammaLn(R) + (R * Math.Log(Alpha))
        + GammaLn(A + B) + GammaLn(B + x) - GammaLn(B) - GammaLn(A + B + x);

    internal double LogLikelihood(int x, double tx, double t, double common)
    {
        double aliveTerm = -(R + x) * Math.Log(Alpha + t);
        if (x == 0)
        {
            return common + aliveTerm;
        }

        double droppedTerm = Math.Log(A) - Math.Log(B + x - 1) - ((R + x) * Math.Log(Alpha + tx));
        double max = Math.Max(aliveTerm, droppedTerm);
        return common + max + Math.Log(Math.Exp(aliveTerm - max) + Math.Exp(droppedTerm - max));
    }

    /// <summary>P(alive | x, tₓ, T) (equation 11 of the paper).</summary>
    public double ProbabilityAlive(int x, double tx, double t)
    {
        RequireHistory(x, tx, t);
        return 1 / (1 + DropoutOdds(x, tx, t));
    }

    /// <summary>
    /// Unconditional E[X(t)]: expected repeat purchases in (0, t] of a customer first seen at 0
    /// (equation 7), (a+b−1)/(a−1)·[1 − (1−z)^r ₂F₁(r, b; a+b−1; z)], z = t/(α+t), with the ₂F₁
    /// and its power prefactor summed in whichever Euler form stays bounded.
    /// </summary>
    public double ExpectedPurchases(double t)
    {
        RequireTime(t, nameof(t));
        if (t == 0)
        {
            return 0;
        }

        double z = t / (Alpha + t);
        return AwayFromAEqualsOne(a =>
            (a + B - 1) / (a - 1) * (1 - DecayedSeries(a, 0, z)));
    }

    /// <summary>
    /// Conditional E[Y(t) | x, tₓ, T]: expected repeat purchases in (T, T + t] (equation 10),
    /// with the ₂F₁ and its power prefactor combined through Euler's transformation so that
    /// large x neither overflows nor underflows.
    /// </summary>
    public double ConditionalExpectedPurchases(double t, int x, double tx, double age)
    {
        RequireHistory(x, tx, age);
        RequireTime(t, nameof(t));
        if (t == 0)
        {
            return 0;
        }

        double z = t / (Alpha + age + t);
        double odds = DropoutOdds(x, tx, age);
        double expected = AwayFromAEqualsOne(a =>
            (a + B + x - 1) / (a - 1) * (1 - DecayedSeries(a, x, z)));
        return expected / (1 + odds);
    }

    // (1−z)^(a−1)·₂F₁(a+b−1−r, a−1; a+b+x−1; z), which Euler's transformation makes equal to
    // (1−z)^(r+x)·₂F₁(r+x, b+x; a+b+x−1; z). Each form overflows in its own corner (the first for a
    // far above r + x, as fits of customers who never drop out give; the second for x far above a),
    // so sum the one whose series has c − a − b ≥ 0: its terms stay bounded and it converges fast.
    private double DecayedSeries(double a, int x, double z) =>
        x + R - a + 1 >= 0
            ? Math.Pow(1 - z, a - 1) * Hypergeometric.Series(a + B - 1 - R, a - 1, a + B + x - 1, z)
            : Math.Pow(1 - z, R + x) * Hypergeometric.Series(R + x, B + x, a + B + x - 1, z);

    // a/(b+x−1)·((α+T)/(α+tₓ))^(r+x): odds that the customer dropped out after the last purchase.
    private double DropoutOdds(int x, double tx, double t) =>
        x == 0 ? 0 : Math.Exp(Math.Log(A) - Math.Log(B + x - 1) + ((R + x) * Math.Log((Alpha + t) / (Alpha + tx))));

    // The expectations have a removable singularity at a = 1; evaluate symmetrically beside it.
    private double AwayFromAEqualsOne(Func<double, double> expectation)
    {
        const double Step = 1e-6;
        return Math.Abs(A - 1) >= Step ? expectation(A) : (expectation(1 - Step) + expectation(1 + Step)) / 2;
    }

    private static void RequirePositive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "BG/NBD parameters must be positive and finite.");
        }
    }

    private static void RequireTime(double t, string name)
    {
        if (!double.IsFinite(t) || t < 0)
        {
            throw new ArgumentOutOfRangeException(name, t, "Time must be a finite number >= 0.");
        }
    }

    private static void RequireHistory(int x, double tx, double t)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        RequireTime(t, nameof(t));
        if (!double.IsFinite(tx) || tx < 0 || tx > t)
        {
            throw new ArgumentOutOfRangeException(nameof(tx), tx, FormattableString.Invariant($"Recency t_x must lie in [0, T = {t}]."));
        }
    }
}
