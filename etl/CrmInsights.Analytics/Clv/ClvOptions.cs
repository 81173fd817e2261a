using System.Globalization;

namespace CrmInsights.Analytics.Clv;

/// <summary>Settings of predictive CLV, bound to the <c>Clv</c> configuration section.</summary>
public sealed class ClvOptions : IValidatedOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Clv";

    /// <summary>Annual discount rate, e.g. 0.10 for 10 %; converted to the equivalent monthly rate (1+d)^(1/12) − 1.</summary>
    public double AnnualDiscountRate { get; set; } = 0.10;

    /// <summary>Months of future purchases counted (12 for the catalog's 12-month CLV).</summary>
    public int HorizonMonths { get; set; } = 12;

    /// <summary>Gross margin as a fraction of revenue (0 &lt; m ≤ 1); null gives revenue CLV.</summary>
    public double? MarginRate { get; set; }

    /// <summary>Time unit of the customer summaries and the fitted model (weeks, like CDNOW).</summary>
    public ModelTimeUnit TimeUnit { get; set; } = ModelTimeUnit.Weeks;

    /// <summary>Optimiser iteration budget per model fit.</summary>
    public int MaxIterations { get; set; } = 20_000;

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        var failures = new List<string>();
        if (!double.IsFinite(AnnualDiscountRate) || AnnualDiscountRate < 0 || AnnualDiscountRate > 1)
        {
            failures.Add(Invariant($"{SectionName}:AnnualDiscountRate must be between 0 and 1 (a fraction, 0.10 = 10%), was {AnnualDiscountRate}."));
        }

        if (HorizonMonths is < 1 or > 120)
        {
            failures.Add(Invariant($"{SectionName}:HorizonMonths must be between 1 and 120, was {HorizonMonths}."));
        }

        if (MarginRate is { } m && (!double.IsFinite(m) || m <= 0 || m > 1))
        {
            failures.Add(Invariant($"{SectionName}:MarginRate must be greater than 0 and at most 1 (a fraction of revenue), was {m}."));
        }

        if (!Enum.IsDefined(TimeUnit))
        {
            failures.Add(Invariant($"{SectionName}:TimeUnit must be Days or Weeks, was {(int)TimeUnit}."));
        }

        if (MaxIterations < 100)
        {
            failures.Add(Invariant($"{SectionName}:MaxIterations must be at least 100, was {MaxIterations}."));
        }

        return failures;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
