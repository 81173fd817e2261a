namespace CrmInsights.Analytics.Clv;

/// <summary>
/// Turns a stream of orders sorted by customer into per-customer (x, tₓ, T, z̄) summaries, one
/// customer in memory at a time.
/// </summary>
/// <remarks>
/// Conventions (those of the CDNOW data and the <c>lifetimes</c> package): orders on the same
/// business date are one transaction whose value is their sum; the first transaction is the
/// customer's "birth" and is not counted; x is the number of later transaction days; tₓ and T are
/// measured from the first transaction to the last one and to <c>observationEnd</c> in the chosen
/// unit; z̄ is the mean value of the repeat transactions (the first is excluded, as Gamma-Gamma
/// is fitted on repeat spend). A purchase day worth 0 or less (a fully discounted or voucher-paid
/// purchase) is a transaction for BG/NBD but carries no spend: it counts in x, tₓ and T, not in z̄,
/// and <see cref="CustomerSummary.MonetaryFrequency"/> then says how many repeat days z̄ averages.
/// </remarks>
public static class CustomerSummarizer
{
    /// <summary>Summarises orders sorted by ascending customer key (order dates within a customer may be in any order).</summary>
    /// <param name="purchases">Orders sorted by <see cref="CustomerPurchase.CustomerKey"/> ascending.</param>
    /// <param name="observationEnd">Last business date of the observation (calibration) period, inclusive.</param>
    /// <param name="unit">Time unit of tₓ and T.</param>
    /// <returns>One summary per customer, lazily, in input order.</returns>
    /// <exception cref="InvalidDataException">Input is not sorted by customer, or an order lies after
    /// <paramref name="observationEnd"/>. Raised when the offending row is read.</exception>
    public static IEnumerable<CustomerSummary> Summarize(IEnumerable<CustomerPurchase> purchases, DateOnly observationEnd, ModelTimeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown model time unit.");
        }

        return SummarizeIterator(purchases, observationEnd, (double)(int)unit);
    }

    private static IEnumerable<CustomerSummary> SummarizeIterator(IEnumerable<CustomerPurchase> purchases, DateOnly observationEnd, double daysPerUnit)
    {
        var days = new SortedDictionary<DateOnly, decimal>();
        long? current = null;
        foreach (var purchase in purchases)
        {
            if (current is { } key && purchase.CustomerKey != key)
            {
                if (purchase.CustomerKey < key)
                {
                    throw new InvalidDataException(FormattableString.Invariant(
                        $"Purchases must be sorted by customer key ascending: customer {purchase.CustomerKey} came after {key}."));
                }

                yield return Summarize(key, days, observationEnd, daysPerUnit);
                days.Clear();
            }

            Check(purchase, observationEnd);
            current = purchase.CustomerKey;
            days[purchase.Date] = days.TryGetValue(purchase.Date, out decimal sum) ? sum + purchase.Value : purchase.Value;
        }

        if (current is { } last)
        {
            yield return Summarize(last, days, observationEnd, daysPerUnit);
        }
    }

    private static void Check(CustomerPurchase purchase, DateOnly observationEnd)
    {
        if (purchase.Date > observationEnd)
        {
            throw new InvalidDataException(FormattableString.Invariant(
                $"Customer {purchase.CustomerKey} has an order on {purchase.Date:yyyy-MM-dd}, after the observation end {observationEnd:yyyy-MM-dd}; filter the input to the calibration period."));
        }
    }

    private static CustomerSummary Summarize(long key, SortedDictionary<DateOnly, decimal> days, DateOnly observationEnd, double daysPerUnit)
    {
        DateOnly first = days.Keys.First();
        DateOnly lastDay = first;
        decimal repeatTotal = 0;
        int spendDays = 0;
        foreach (var (date, value) in days)
        {
            if (date != first)
            {
                lastDay = date;
                if (value > 0)
                {
                    repeatTotal += value;
                    spendDays++;
                }
            }
        }

        int frequency = days.Count - 1;
        double recency = (lastDay.DayNumber - first.DayNumber) / daysPerUnit;
        double age = (observationEnd.DayNumber - first.DayNumber) / daysPerUnit;
        double? mean = spendDays > 0 ? (double)(repeatTotal / spendDays) : null;
        return new CustomerSummary(key, frequency, recency, age, mean, spendDays == frequency ? null : spendDays);
    }
}
