namespace CrmInsights.Analytics.Clv;

/// <summary>Fits the Gamma-Gamma spend model by maximum likelihood on repeat buyers.</summary>
public static class GammaGammaFitter
{
    /// <summary>Fits p, q, γ to the customers with x &gt; 0 (others carry no spend information and are skipped).</summary>
    /// <param name="customers">Summaries; repeat buyers must have a positive <see cref="CustomerSummary.MeanRepeatValue"/>.</param>
    /// <param name="maxIterations">Optimiser iteration budget over all restarts.</param>
    /// <exception cref="ArgumentException">No repeat buyers, or a summary is invalid.</exception>
    public static GammaGammaFit Fit(IEnumerable<CustomerSummary> customers, int maxIterations = 20_000)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        var pooled = new Dictionary<(int X, double Mean), int>();
        int count = 0;
        foreach (var customer in customers)
        {
            customer.EnsureValid();
            if (customer.Frequency == 0)
            {
                continue;
            }

            double mean = customer.MeanRepeatValue ?? throw new ArgumentException(FormattableString.Invariant(
                $"Customer {customer.CustomerKey} has {customer.Frequency} repeat purchases but no mean repeat value."), nameof(customers));
            pooled[(customer.Frequency, mean)] = pooled.GetValueOrDefault((customer.Frequency, mean)) + 1;
            count++;
        }

        if (count == 0)
        {
            throw new ArgumentException("Gamma-Gamma needs at least one repeat buyer (x > 0) to fit.", nameof(customers));
        }

        var histories = pooled.ToArray();
        double NegativeLogLikelihood(double[] p)
        {
            var parameters = new GammaGammaParameters(p[0], p[1], p[2]);
            double sum = 0;
            foreach (var (h, weight) in histories)
            {
                sum += weight * parameters.LogLikelihood(h.X, h.Mean);
            }

            return -sum;
        }

        var result = LogParameterMinimizer.Minimize(NegativeLogLikelihood, 3, maxIterations);
        var fitted = new GammaGammaParameters(result.Parameters[0], result.Parameters[1], result.Parameters[2]);
        return new GammaGammaFit(fitted, -result.MinimumValue, count, result.Converged, result.Iterations);
    }
}
