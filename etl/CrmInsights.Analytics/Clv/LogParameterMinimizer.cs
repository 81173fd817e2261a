using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace CrmInsights.Analytics.Clv;

/// <summary>
/// Minimises a mean negative log-likelihood over θ = ln(parameters) with MathNet's bounded
/// quasi-Newton method (BFGS-B) and analytic gradients, from several starting points, then
/// restarts from the best point (a fresh Hessian approximation) until the value stops moving.
/// The box |θᵢ| ≤ <see cref="Bound"/> keeps every evaluation finite and accurate (the fitters
/// rescale time and money first, so sensible estimates lie far inside it); a coordinate that
/// ends on the box means the likelihood rises towards 0 or ∞ there, i.e. no finite maximum.
/// </summary>
/// <remarks>
/// Converged means both tests pass at the returned point: the projected gradient is below
/// <see cref="GradientTolerance"/> in every coordinate, and the last restart changed the value by
/// less than <see cref="ValueTolerance"/>. Exceptions of a single run (line search failures, the
/// iteration budget) end that run only: the best point any evaluation saw is kept.
/// </remarks>
internal static class LogParameterMinimizer
{
    /// <summary>|ln parameter| limit: parameters between about 6e-7 and 1.6e6 (after rescaling).</summary>
    public const double Bound = 14.3;

    /// <summary>A coordinate this close to the box (in ln units) is "at the bound".</summary>
    public const double BoundSlack = 0.05;

    /// <summary>Largest projected gradient component (mean log-likelihood per ln-parameter) accepted as a stationary point.</summary>
    public const double GradientTolerance = 1e-5;

    /// <summary>Largest change of the mean value over the last restart accepted as settled.</summary>
    public const double ValueTolerance = 1e-10;

    private const int MaxPolishRounds = 6;

    // One quasi-Newton run needs tens to a few hundred iterations on these 3-4 parameter problems.
    private const int MaxRunIterations = 1000;

    /// <summary>Value and gradient (with respect to θ) of the objective at θ.</summary>
    public delegate double Objective(double[] theta, double[] gradient);

    public readonly record struct Result(double[] Theta, double Value, double[] Gradient, bool Converged, int Iterations, double MaxProjectedGradient)
    {
        /// <summary>Indices of the coordinates that ended on the box.</summary>
        public IReadOnlyList<int> AtBound
        {
            get
            {
                var theta = Theta;
                return [.. Enumerable.Range(0, theta.Length).Where(i => Math.Abs(theta[i]) >= Bound - BoundSlack)];
            }
        }
    }

    public static Result Minimize(Objective objective, IReadOnlyList<double[]> starts, int maxIterations)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentOutOfRangeException.ThrowIfZero(starts.Count, nameof(starts));
        int k = starts[0].Length;
        var tracker = new Tracker(objective, k);
        int iterations = 0;
        foreach (var start in starts)
        {
            iterations += Run(tracker, [.. start.Select(Clamp)], Math.Min(MaxRunIterations, Math.Max(1, (maxIterations - iterations) / 2)));
            if (iterations >= maxIterations)
            {
                break;
            }
        }

        // Polish: restart from the best point until a restart no longer improves it. A point on the box has no
        // finite maximum to polish (the verdict flags it), so it gets one round only: ridges towards 0 or infinity
        // would otherwise eat the whole budget.
        double improvement = double.PositiveInfinity;
        bool onBox = tracker.BestTheta.Any(t => Math.Abs(t) >= Bound - BoundSlack);
        for (int round = 0; round < (onBox ? 1 : MaxPolishRounds) && iterations < maxIterations; round++)
        {
            double before = tracker.BestValue;
            iterations += Run(tracker, (double[])tracker.BestTheta.Clone(), Math.Min(MaxRunIterations, maxIterations - iterations));
            improvement = before - tracker.BestValue;
            if (improvement <= ValueTolerance && MaxProjectedGradient(tracker.BestTheta, tracker.BestGradient) <= GradientTolerance)
            {
                break;
            }
        }

        double projected = MaxProjectedGradient(tracker.BestTheta, tracker.BestGradient);
        bool converged = double.IsFinite(tracker.BestValue) && projected <= GradientTolerance && improvement <= ValueTolerance;
        return new Result(tracker.BestTheta, tracker.BestValue, tracker.BestGradient, converged, iterations, projected);
    }

    private static int Run(Tracker tracker, double[] start, int budget)
    {
        var lower = Vector<double>.Build.Dense(start.Length, -Bound);
        var upper = Vector<double>.Build.Dense(start.Length, Bound);
        var function = ObjectiveFunction.Gradient(v =>
        {
            double[] gradient = new double[v.Count];
            double value = tracker.Evaluate(v.ToArray(), gradient);
            return (value, Vector<double>.Build.DenseOfArray(gradient));
        });
        try
        {
            var minimizer = new BfgsBMinimizer(1e-12, 1e-14, 1e-15, budget);
            return minimizer.FindMinimum(function, lower, upper, Vector<double>.Build.DenseOfArray(start)).Iterations;
        }
        catch (MaximumIterationsException)
        {
            return budget;
        }
        catch (Exception ex) when (ex is OptimizationException or ArithmeticException or ArgumentException or InvalidOperationException)
        {
            // A failed line search or an evaluation outside the domain ends this run; the tracker kept the best point.
            return Math.Max(1, tracker.TakeEvaluations());
        }
        finally
        {
            tracker.TakeEvaluations();
        }
    }

    /// <summary>Largest gradient component that could still move the point: components pushing out of the box at a bound count as 0.</summary>
    internal static double MaxProjectedGradient(double[] theta, double[] gradient, IReadOnlyCollection<int>? ignore = null)
    {
        double max = 0;
        for (int i = 0; i < theta.Length; i++)
        {
            if (ignore?.Contains(i) == true)
            {
                continue;
            }

            double g = gradient[i];
            bool blockedBelow = theta[i] <= -Bound + 1e-9 && g > 0;
            bool blockedAbove = theta[i] >= Bound - 1e-9 && g < 0;
            if (!blockedBelow && !blockedAbove)
            {
                max = Math.Max(max, double.IsFinite(g) ? Math.Abs(g) : double.PositiveInfinity);
            }
        }

        return max;
    }

    private static double Clamp(double theta) => Math.Clamp(theta, -Bound + 1e-6, Bound - 1e-6);

    /// <summary>Evaluates the objective, replacing non-finite values by a steep wall back towards the start, and keeps the best point seen.</summary>
    private sealed class Tracker(Objective objective, int k)
    {
        private const double Wall = 1e12;
        private int _evaluations;

        public double[] BestTheta { get; private set; } = new double[k];

        public double[] BestGradient { get; private set; } = Enumerable.Repeat(double.PositiveInfinity, k).ToArray();

        public double BestValue { get; private set; } = double.PositiveInfinity;

        public int TakeEvaluations()
        {
            int n = _evaluations;
            _evaluations = 0;
            return n;
        }

        public double Evaluate(double[] theta, double[] gradient)
        {
            _evaluations++;
            double value;
            try
            {
                value = objective(theta, gradient);
            }
            catch (ArgumentException)
            {
                value = double.NaN;
            }

            if (!double.IsFinite(value) || gradient.Any(g => !double.IsFinite(g)))
            {
                for (int i = 0; i < gradient.Length; i++)
                {
                    gradient[i] = theta[i]; // points back towards θ = 0
                }

                return Wall + theta.Sum(t => t * t);
            }

            if (value < BestValue)
            {
                BestValue = value;
                BestTheta = (double[])theta.Clone();
                BestGradient = (double[])gradient.Clone();
            }

            return value;
        }
    }
}
