using System.Globalization;

namespace CrmInsights.Analytics.Clv;

/// <summary>The checks every fitter applies to the minimiser's best point before calling it a maximum.</summary>
internal static class FitVerdict
{
    /// <summary>
    /// Judges a minimiser result: a coordinate on the search box (the likelihood keeps rising towards 0 or ∞),
    /// a log-likelihood that is not finite or that the model's own per-customer formula does not reproduce
    /// (cancellation at extreme parameters, the cause of "maxima" with a log-likelihood of +millions), or no
    /// stationary point. <paramref name="names"/> label the parameters, <paramref name="values"/> are them in
    /// the caller's units.
    /// </summary>
    /// <param name="limit">Parameters (by index) whose run to the box is a usable limit of the model, and what that limit means.</param>
    public static (FitStatus Status, string? Problem) Judge(
        string model, LogParameterMinimizer.Result result, string[] names, double[] values, double logLikelihood, double optimiserLogLikelihood,
        (int[] Indices, string Meaning)? limit = null)
    {
        if (!double.IsFinite(logLikelihood))
        {
            return (FitStatus.Degenerate, $"{model}: the log-likelihood is not finite at the best point found ({Describe(names, values)}).");
        }

        var atBound = result.AtBound;
        // At a usable limit the remaining limit parameters may still drift along a flat ridge (a and b towards 0
        // together); only the other parameters must be stationary.
        if (atBound.Count > 0 && limit is { } usable && atBound.All(usable.Indices.Contains)
            && LogParameterMinimizer.MaxProjectedGradient(result.Theta, result.Gradient, usable.Indices) <= LogParameterMinimizer.GradientTolerance
            && Math.Abs(logLikelihood - optimiserLogLikelihood) <= 1e-6 * Math.Max(1, Math.Abs(logLikelihood)))
        {
            string which = string.Join(", ", atBound.Select(i => Invariant($"{names[i]} ran to {values[i]:G3}")));
            return (FitStatus.AtLimit, $"{model}: maximum at a limit of the model, {which}: {usable.Meaning}; {Describe(names, values)}.");
        }

        if (atBound.Count > 0)
        {
            string which = string.Join(", ", atBound.Select(i => Invariant($"{names[i]} ran to {values[i]:G3}")));
            return (FitStatus.Degenerate, $"{model}: no finite maximum, {which} (the likelihood keeps rising towards 0 or infinity: the data do not pin the parameter down); {Describe(names, values)}.");
        }

        if (Math.Abs(logLikelihood - optimiserLogLikelihood) > 1e-6 * Math.Max(1, Math.Abs(logLikelihood)))
        {
            return (FitStatus.Degenerate, Invariant($"{model}: the log-likelihood is numerically unstable at the estimates ({logLikelihood:G6} recomputed vs {optimiserLogLikelihood:G6}); {Describe(names, values)}."));
        }

        if (!result.Converged)
        {
            return (FitStatus.NotConverged, Invariant($"{model}: not converged after {result.Iterations} iterations (largest gradient {result.MaxProjectedGradient:G2}, tolerance {LogParameterMinimizer.GradientTolerance:G1}); {Describe(names, values)}. Raise Clv:MaxIterations."));
        }

        return (FitStatus.Valid, null);
    }

    public static string Describe(string[] names, double[] values) =>
        string.Join(", ", names.Select((n, i) => Invariant($"{n} = {values[i]:G4}")));

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
