using static MathNet.Numerics.SpecialFunctions;

namespace CrmInsights.Analytics.Clv;

/// <summary>Fits the Gamma-Gamma spend model by maximum likelihood on repeat buyers.</summary>
/// <remarks>
/// Money is divided by the geometric mean of the mean repeat values before the search (γ scales
/// with money, p and q do not, and the log-likelihood changes by −n·ln(scale)), so pennies and
/// millions search the same box. A fit with q ≤ 1 is flagged: its population mean spend pγ/(q−1)
/// is infinite, so it cannot price customers without repeat spend.
/// </remarks>
public static class GammaGammaFitter
{
    private static readonly string[] Names = ["p", "q", "gamma"];

    /// <summary>Fits p, q, γ to the customers with repeat spend (others carry no spend information and are skipped).</summary>
    /// <param name="customers">Summaries; repeat buyers must have a positive <see cref="CustomerSummary.MeanRepeatValue"/>
    /// unless their <see cref="CustomerSummary.MonetaryFrequency"/> says none of their repeat days had spend.</param>
    /// <param name="maxIterations">Optimiser iteration budget over all starts and restarts.</param>
    /// <returns>The best point found, with <see cref="GammaGammaFit.Status"/> saying whether it is a usable maximum.</returns>
    /// <exception cref="ArgumentException">No repeat buyers with spend, or a summary is invalid.</exception>
    public static GammaGammaFit Fit(IEnumerable<CustomerSummary> customers, int maxIterations = 20_000)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        var pooled = new Dictionary<(int X, double Mean), int>();
        int count = 0;
        double logSum = 0;
        foreach (var customer in customers)
        {
            customer.EnsureValid();
            int x = customer.MonetaryFrequency ?? customer.Frequency;
            if (x == 0)
            {
                continue;
            }

            double mean = customer.MeanRepeatValue ?? throw new ArgumentException(FormattableString.Invariant(
                $"Customer {customer.CustomerKey} has {customer.Frequency} repeat purchases but no mean repeat value."), nameof(customers));
            pooled[(x, mean)] = pooled.GetValueOrDefault((x, mean)) + 1;
            count++;
            logSum += Math.Log(mean);
        }

        if (count == 0)
        {
            throw new ArgumentException("Gamma-Gamma needs at least one repeat buyer (x > 0) with spend to fit.", nameof(customers));
        }

        double scale = Math.Exp(logSum / count);
        var histories = pooled.Select(h => (h.Key.X, Mean: h.Key.Mean / scale, Weight: h.Value)).ToArray();
        double NegativeMean(double[] theta, double[] gradient)
        {
            double p = Math.Exp(theta[0]), q = Math.Exp(theta[1]), g = Math.Exp(theta[2]);
            double lnG = theta[2], psiQ = DiGamma(q), constant = -GammaLn(q) + (q * lnG);
            double sum = 0, gp = 0, gq = 0, gg = 0;
            foreach (var (x, z, w) in histories)
            {
                double px = p * x, total = g + (x * z), lnTotal = Math.Log(total), psiPxQ = DiGamma(px + q);
                sum += w * (GammaLn(px + q) - GammaLn(px) + constant + ((px - 1) * Math.Log(z)) + (px * Math.Log(x)) - ((px + q) * lnTotal));
                gp += w * x * (psiPxQ - DiGamma(px) - Math.Log(1 + (g / (x * z))));
                gq += w * (psiPxQ - psiQ + lnG - lnTotal);
                gg += w * ((q / g) - ((px + q) / total));
            }

            gradient[0] = -gp * p / count;
            gradient[1] = -gq * q / count;
            gradient[2] = -gg * g / count;
            return -sum / count;
        }

        double[][] starts = [[0, 0, 0], Log(5, 4, 0.6), Log(2, 2, 0.5), Log(15, 10, 0.6), Log(1, 6, 5)];
        var result = LogParameterMinimizer.Minimize(NegativeMean, starts, maxIterations);
        double[] v = result.Theta.Select(Math.Exp).ToArray();
        var fitted = new GammaGammaParameters(v[0], v[1], v[2] * scale);
        double logLikelihood = pooled.Sum(h => h.Value * fitted.LogLikelihood(h.Key.X, h.Key.Mean));
        double optimiser = (-result.Value * count) - (count * Math.Log(scale));
        // q and gamma running to infinity together is the limit where every customer has the same spend level (nu): the
        // expected spend is then the population mean p*gamma/(q-1), finite. p running away (no spread within a customer)
        // or q towards 0 (infinite mean) is not usable.
        var (status, problem) = FitVerdict.Judge("Gamma-Gamma", result, Names, [fitted.P, fitted.Q, fitted.Gamma], logLikelihood, optimiser,
            ([1, 2], "customers' spend levels look alike (q and gamma drift to infinity together), so everyone is priced close to the population mean spend"));
        if (status is FitStatus.Valid or FitStatus.AtLimit && fitted.Q <= 1)
        {
            (status, problem) = (FitStatus.Degenerate, FitVerdict.Invariant(
                $"Gamma-Gamma: q = {fitted.Q:G4} <= 1 at the maximum, so the mean spend p*gamma/(q-1) is infinite (a spend tail too heavy for the model); {FitVerdict.Describe(Names, [fitted.P, fitted.Q, fitted.Gamma])}."));
        }

        return new GammaGammaFit(fitted, logLikelihood, count, result.Converged, result.Iterations, status, problem);
    }

    private static double[] Log(params double[] values) => [.. values.Select(v => Math.Log(v))];
}
