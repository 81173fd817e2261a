using static MathNet.Numerics.SpecialFunctions;

namespace CrmInsights.Analytics.Clv;

/// <summary>Fits BG/NBD by maximum likelihood.</summary>
/// <remarks>
/// Times are divided by the mean age T before the search (α scales with time, r, a and b do not,
/// and the log-likelihood changes by −Σx·ln(scale)), so the search box means the same on daily
/// and weekly data. The log-likelihood and its analytic gradient in ln-parameters are summed over
/// pooled identical histories; the minimiser starts from several points and its result is judged
/// by <see cref="FitVerdict"/>.
/// </remarks>
public static class BgNbdFitter
{
    private static readonly string[] Names = ["r", "alpha", "a", "b"];

    /// <summary>Fits r, α, a, b to customer summaries (identical histories are pooled, so large bases stay cheap).</summary>
    /// <param name="customers">Summaries in the model time unit; every one is validated.</param>
    /// <param name="maxIterations">Optimiser iteration budget over all starts and restarts.</param>
    /// <returns>The best point found, with <see cref="BgNbdFit.Status"/> saying whether it is a usable maximum.</returns>
    /// <exception cref="ArgumentException">No customers, every customer is 0 time units old, or a summary is invalid.</exception>
    public static BgNbdFit Fit(IEnumerable<CustomerSummary> customers, int maxIterations = 20_000)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        var pooled = new Dictionary<(int X, double Tx, double T), int>();
        int count = 0;
        double ageSum = 0;
        foreach (var customer in customers)
        {
            customer.EnsureValid();
            var history = (customer.Frequency, customer.Frequency == 0 ? 0 : customer.Recency, customer.Age);
            pooled[history] = pooled.GetValueOrDefault(history) + 1;
            count++;
            ageSum += customer.Age;
        }

        if (count == 0)
        {
            throw new ArgumentException("BG/NBD needs at least one customer to fit.", nameof(customers));
        }

        if (ageSum <= 0)
        {
            throw new ArgumentException("BG/NBD needs time: every customer was first seen on the observation end (T = 0).", nameof(customers));
        }

        double scale = ageSum / count;
        var histories = pooled.Select(h => new History(h.Key.X, h.Key.Tx / scale, h.Key.T / scale, h.Value)).ToArray();
        double repeats = pooled.Sum(h => (double)h.Key.X * h.Value);
        var objective = new Objective(histories, count);

        double meanX = repeats / count;
        double alpha0 = 1 / Math.Max(meanX, 0.05); // r/α ≈ repeat rate per unit of (scaled) age
        double[][] starts =
        [
            [0, 0, 0, 0],
            Log(1, alpha0, 1, 3),
            Log(0.3, 0.3 * alpha0, 0.5, 2),
            Log(3, 3 * alpha0, 0.2, 5),
        ];
        var result = LogParameterMinimizer.Minimize(objective.Evaluate, starts, maxIterations);
        double[] v = result.Theta.Select(Math.Exp).ToArray();
        var fitted = new BgNbdParameters(v[0], v[1] * scale, v[2], v[3]);

        // The reported log-likelihood comes from the model's own per-customer formula in the caller's units.
        double logLikelihood = pooled.Sum(h => h.Value * fitted.LogLikelihood(h.Key.X, h.Key.Tx, h.Key.T));
        double optimiser = (-result.Value * count) - (repeats * Math.Log(scale));
        var (status, problem) = FitVerdict.Judge("BG/NBD", result, Names, [fitted.R, fitted.Alpha, fitted.A, fitted.B], logLikelihood, optimiser,
            ([0, 1, 2, 3], "the window does not identify the spread of purchase rates or of dropout probabilities (r and alpha drift to infinity together when rates look alike, a or b when nobody is seen to drop out yet), while P(alive) and expected purchases stay finite there"));
        if (status == FitStatus.AtLimit && PredictionProblem(fitted, pooled.Keys) is { } unusable)
        {
            (status, problem) = (FitStatus.Degenerate, $"{problem!.TrimEnd('.')}; but {unusable}.");
        }

        return new BgNbdFit(fitted, logLikelihood, count, result.Converged, result.Iterations, status, problem);
    }

    // A limit is usable only if the predictions there are finite: probe the most frequent buyer and the oldest one-time
    // buyer over a horizon as long as their own history.
    private static string? PredictionProblem(BgNbdParameters fitted, IEnumerable<(int X, double Tx, double T)> histories)
    {
        var list = histories.ToList();
        var probes = new[] { list.MaxBy(h => h.X), list.Where(h => h.X == 0).DefaultIfEmpty(list[0]).MaxBy(h => h.T) };
        try
        {
            foreach (var (x, tx, t) in probes)
            {
                double alive = fitted.ProbabilityAlive(x, tx, t), expected = fitted.ConditionalExpectedPurchases(Math.Max(t, 1), x, tx, t);
                if (!double.IsFinite(alive) || !double.IsFinite(expected))
                {
                    return FitVerdict.Invariant($"the predictions are not finite there (x = {x}: P(alive) {alive}, expected purchases {expected})");
                }
            }
        }
        catch (ArithmeticException ex)
        {
            return "the predictions cannot be computed there (" + ex.Message + ")";
        }

        return null;
    }

    private static double[] Log(params double[] values) => [.. values.Select(v => Math.Log(v))];

    private readonly record struct History(int X, double Tx, double T, int Weight);

    /// <summary>Mean negative log-likelihood and its gradient in θ = ln(r, α, a, b).</summary>
    private sealed class Objective
    {
        private readonly History[] _histories;
        private readonly double _count;
        private readonly int[] _frequencies;
        private readonly int[] _frequencyIndex;
        private readonly double[] _common;
        private readonly double[,] _commonGradient;

        public Objective(History[] histories, int count)
        {
            _histories = histories;
            _count = count;
            _frequencies = [.. histories.Select(h => h.X).Distinct().Order()];
            var index = _frequencies.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i);
            _frequencyIndex = [.. histories.Select(h => index[h.X])];
            _common = new double[_frequencies.Length];
            _commonGradient = new double[_frequencies.Length, 4];
        }

        public double Evaluate(double[] theta, double[] gradient)
        {
            double r = Math.Exp(theta[0]), alpha = Math.Exp(theta[1]), a = Math.Exp(theta[2]), b = Math.Exp(theta[3]);
            double lnAlpha = theta[1];
            double psiR = DiGamma(r), psiB = DiGamma(b), psiAb = DiGamma(a + b);
            double common0 = -GammaLn(r) + (r * lnAlpha) + GammaLn(a + b) - GammaLn(b);
            for (int i = 0; i < _frequencies.Length; i++)
            {
                int x = _frequencies[i];
                _common[i] = common0 + GammaLn(r + x) + GammaLn(b + x) - GammaLn(a + b + x);
                double psiAbx = DiGamma(a + b + x);
                _commonGradient[i, 0] = DiGamma(r + x) - psiR + lnAlpha;
                _commonGradient[i, 1] = r / alpha;
                _commonGradient[i, 2] = psiAb - psiAbx;
                _commonGradient[i, 3] = psiAb + DiGamma(b + x) - psiB - psiAbx;
            }

            double sum = 0, gr = 0, ga = 0, gA = 0, gb = 0;
            for (int h = 0; h < _histories.Length; h++)
            {
                var (x, tx, t, w) = _histories[h];
                int f = _frequencyIndex[h];
                double lnAt = Math.Log(alpha + t);
                double l1 = -(r + x) * lnAt;
                double w1 = 1, w2 = 0, s = l1, lnAtx = 0;
                if (x > 0)
                {
                    lnAtx = Math.Log(alpha + tx);
                    double l2 = theta[2] - Math.Log(b + x - 1) - ((r + x) * lnAtx);
                    double max = Math.Max(l1, l2);
                    double e1 = Math.Exp(l1 - max), e2 = Math.Exp(l2 - max);
                    s = max + Math.Log(e1 + e2);
                    w1 = e1 / (e1 + e2);
                    w2 = e2 / (e1 + e2);
                }

                sum += w * (_common[f] + s);
                gr += w * (_commonGradient[f, 0] - (w1 * lnAt) - (w2 * lnAtx));
                ga += w * (_commonGradient[f, 1] - ((r + x) * ((w1 / (alpha + t)) + (x > 0 ? w2 / (alpha + tx) : 0))));
                gA += w * (_commonGradient[f, 2] + (w2 / a));
                gb += w * (_commonGradient[f, 3] - (x > 0 ? w2 / (b + x - 1) : 0));
            }

            // d/dθ = parameter · d/dparameter; minimise the negative mean.
            gradient[0] = -gr * r / _count;
            gradient[1] = -ga * alpha / _count;
            gradient[2] = -gA * a / _count;
            gradient[3] = -gb * b / _count;
            return -sum / _count;
        }
    }
}
