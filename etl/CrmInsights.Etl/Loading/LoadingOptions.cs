namespace CrmInsights.Etl.Loading;

/// <summary>Load and check settings, bound to the configuration section "Loading" (time zone and currency come from "Warehouse").</summary>
public sealed class LoadingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Loading";

    /// <summary>A source with no batch loaded for this many hours fails the freshness check (warning). Default 48.</summary>
    public double FreshnessHours { get; set; } = 48;

    /// <summary>A batch rejecting more than this share of its rows fails the reject_rate check as a warning. Default 0.05.</summary>
    public double RejectRateWarning { get; set; } = 0.05;

    /// <summary>A batch rejecting more than this share of its rows fails the reject_rate check as an error (reports held). Default 0.5.</summary>
    public double RejectRateError { get; set; } = 0.5;

    /// <summary>Every problem with the settings, naming the key and the bad value; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (FreshnessHours is not (> 0 and <= 24 * 366))
        {
            errors.Add($"{SectionName}:FreshnessHours must be between 0 (exclusive) and 8784 (a year), was {FreshnessHours.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        if (RejectRateWarning is not (> 0 and <= 1) || RejectRateError is not (> 0 and <= 1) || RejectRateWarning > RejectRateError)
        {
            errors.Add($"{SectionName}:RejectRateWarning and {SectionName}:RejectRateError must be shares in (0, 1] with the warning not above the error, " +
                $"were {RejectRateWarning.ToString(System.Globalization.CultureInfo.InvariantCulture)} and {RejectRateError.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return errors;
    }
}
