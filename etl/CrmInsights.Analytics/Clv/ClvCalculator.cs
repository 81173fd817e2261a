using Microsoft.Extensions.Options;

namespace CrmInsights.Analytics.Clv;

/// <summary>
/// Predictive CLV over a horizon of whole months:
/// CLV = Σₘ₌₁..H (E[Y(m·L)] − E[Y((m−1)·L)]) · E[spend] · margin / (1 + d)ᵐ,
/// where E[Y] is the BG/NBD conditional expectation, L is one month (365.2425/12 days) in the
/// model's time unit, E[spend] the Gamma-Gamma expected average spend, and d the monthly rate
/// equivalent to the annual discount rate; each month's value is discounted from its end.
/// </summary>
public sealed class ClvCalculator
{
    /// <summary>Average Gregorian month in days.</summary>
    public const double DaysPerMonth = 365.2425 / 12;

    private readonly ClvOptions _options;

    /// <summary>Creates a calculator; the options are validated.</summary>
    public ClvCalculator(ClvOptions options) => _options = OptionsValidation.ThrowIfInvalid(options);

    /// <summary>Creates a calculator from bound options.</summary>
    public ClvCalculator(IOptions<ClvOptions> options)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value)
    {
    }

    /// <summary>Predicts one customer's figures; spend and CLV stay null without a spend model or when <paramref name="hasSpend"/> is false.</summary>
    /// <param name="model">The pricing model; its time unit must be the summary's.</param>
    /// <param name="customer">The customer's summary at the end of the observation period.</param>
    /// <param name="marginRate">Overrides <see cref="ClvOptions.MarginRate"/> for this customer (0 &lt; m ≤ 1).</param>
    /// <param name="hasSpend">False for a customer none of whose purchase days was worth more than 0: P(alive) and
    /// purchases are predicted (BG/NBD needs no money), CLV is not.</param>
    public CustomerClv Predict(ClvModelFit model, CustomerSummary customer, double? marginRate = null, bool hasSpend = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(customer);
        customer.EnsureValid();
        double margin = marginRate ?? _options.MarginRate ?? 1;
        if (!double.IsFinite(margin) || margin <= 0 || margin > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(marginRate), margin, "Margin rate must be greater than 0 and at most 1.");
        }

        var bgNbd = model.BgNbd;
        var (x, tx, age) = (customer.Frequency, customer.Frequency == 0 ? 0 : customer.Recency, customer.Age);
        double month = DaysPerMonth / (int)model.TimeUnit;
        double monthlyDiscount = Math.Pow(1 + _options.AnnualDiscountRate, 1.0 / 12) - 1;

        double previous = 0;
        double discountedPurchases = 0;
        for (int m = 1; m <= _options.HorizonMonths; m++)
        {
            double cumulative = bgNbd.ConditionalExpectedPurchases(m * month, x, tx, age);
            discountedPurchases += (cumulative - previous) / Math.Pow(1 + monthlyDiscount, m);
            previous = cumulative;
        }

        double? spend = hasSpend && model.GammaGamma is { } gammaGamma
            ? gammaGamma.ExpectedAverageSpend(customer.MonetaryFrequency ?? x, customer.MeanRepeatValue)
            : null;
        return new CustomerClv(customer.CustomerKey, bgNbd.ProbabilityAlive(x, tx, age), previous, spend, discountedPurchases * spend * margin);
    }

    /// <summary>Predicts every customer lazily, with the configured margin.</summary>
    public IEnumerable<CustomerClv> PredictAll(ClvModelFit model, IEnumerable<CustomerSummary> customers)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(customers);
        return customers.Select(c => Predict(model, c));
    }
}
