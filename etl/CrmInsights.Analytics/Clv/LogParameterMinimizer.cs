using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace CrmInsights.Analytics.Clv;

/// <summary>
/// Minimises a negative log-likelihood over the logarithms of positive parameters with
/// MathNet's Nelder-Mead simplex, restarting from the best point until a restart no longer
/// improves it (a single Nelder-Mead run can stall on the flat ridges these likelihoods have).
/// </summary>
internal static class LogParameterMinimizer
{
    private const int MaxRestarts = 8;
    private const double ConvergenceTolerance = 1e-12;

    // Penalty for parameter values where the likelihood is not finite (overflow at extreme log-parameters).
    private const double Infeasible = 1e300;

    public readonly record struct Result(double[] Parameters, double MinimumValue, bool Converged, int Iterations);

    public static Result Minimize(Func<double[], double> negativeLogLikelihood, int parameterCount, int maxIterations)
    {
        var best = new double[parameterCount]; // log(1) = 0: every parameter starts at 1
        double bestValue = Evaluate(negativeLogLikelihood, best);
        int iterations = 0;
        bool converged = false;
        for (int restart = 0; restart < MaxRestarts && iterations < maxIterations; restart++)
        {
            var tracker = new BestPointTracker(negativeLogLikelihood, best, bestValue);
            var objective = ObjectiveFunction.Value(v => tracker.Evaluate(v.AsArray() ?? v.ToArray()));
            var simplex = new NelderMeadSimplex(ConvergenceTolerance, maxIterations - iterations);
            bool runConverged;
            try
            {
                var result = simplex.FindMinimum(objective, Vector<double>.Build.DenseOfArray(best),
                    Vector<double>.Build.Dense(parameterCount, restart == 0 ? 0.5 : 0.05));
                iterations += result.Iterations;
                runConverged = true;
            }
            catch (MaximumIterationsException)
            {
                iterations = maxIterations;
                runConverged = false;
            }

            double improvement = bestValue - tracker.BestValue;
            best = tracker.BestPoint;
            bestValue = tracker.BestValue;
            converged = runConverged && improvement <= ConvergenceTolerance * Math.Max(1, Math.Abs(bestValue)) * 10;
            if (converged && restart > 0)
            {
                break;
            }
        }

        return new Result(best.Select(Math.Exp).ToArray(), bestValue, converged, iterations);
    }

    private static double Evaluate(Func<double[], double> f, double[] logParameters)
    {
        double[] parameters = logParameters.Select(Math.Exp).ToArray();
        if (!parameters.All(p => p > 0 && double.IsFinite(p)))
        {
            return Infeasible;
        }

        double value = f(parameters);
        return double.IsFinite(value) ? value : Infeasible;
    }

    private sealed class BestPointTracker(Func<double[], double> f, double[] start, double startValue)
    {
        public double[] BestPoint { get; private set; } = (double[])start.Clone();

        public double BestValue { get; private set; } = startValue;

        public double Evaluate(double[] logParameters)
        {
            double value = LogParameterMinimizer.Evaluate(f, logParameters);
            if (value < BestValue)
            {
                BestValue = value;
                BestPoint = (double[])logParameters.Clone();
            }

            return value;
        }
    }
}
