namespace CrmInsights.Analytics.Clv;

/// <summary>Fits BG/NBD by maximum likelihood.</summary>
public static class BgNbdFitter
{
    /// <summary>Fits r, α, a, b to customer summaries (identical histories are pooled, so large bases stay cheap).</summary>
    /// <param name="customers">Summaries in the model time unit; every one is validated.</param>
    /// <param name="maxIterations">Optimiser iteration budget over all restarts.</param>
    /// <exception cref="ArgumentException">No customers, or a summary is invalid.</exception>
    public static BgNbdFit Fit(IEnumerable<CustomerSummary> customers, int maxIterations = 20_000)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        var pooled = new Dictionary<(int X, double Tx, double T), int>();
        int count = 0;
        foreach (var customer in customers)
        {
            customer.EnsureValid();
            var history = (customer.Frequency, customer.Frequency == 0 ? 0 : customer.Recency, customer.Age);
            pooled[history] = pooled.GetValueOrDefault(history) + 1;
            count++;
        }

        if (count == 0)
        {
            throw new ArgumentException("BG/NBD needs at least one customer to fit.", nameof(customers));
        }

        var histories = pooled.ToArray();
        int[] frequencies = histories.Select(h => h.Key.X).Distinct().Order().ToArray();
        var frequencyIndex = frequencies.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i);
        int[] historyFrequency = histories.Select(h => frequencyIndex[h.Key.X]).ToArray();
        var common = new double[frequencies.Length];
        double NegativeLogLikelihood(double[] p)
        {
            var parameters = new BgNbdParameters(p[0], p[1], p[2], p[3]);
            for (int i = 0; i < frequencies.Length; i++)
            {
                common[i] = parameters.LogLikelihoodCommonTerm(frequencies[i]);
            }

            double sum = 0;
            for (int i = 0; i < histories.Length; i++)
            {
                var ((x, tx, t), weight) = histories[i];
                sum += weight * parameters.LogLikelihood(x, tx, t, common[historyFrequency[i]]);
            }

            return -sum;
        }

        var result = LogParameterMinimizer.Minimize(NegativeLogLikelihood, 4, maxIterations);
        var fitted = new BgNbdParameters(result.Parameters[0], result.Parameters[1], result.Parameters[2], result.Parameters[3]);
        return new BgNbdFit(fitted, -result.MinimumValue, count, result.Converged, result.Iterations);
    }
}
