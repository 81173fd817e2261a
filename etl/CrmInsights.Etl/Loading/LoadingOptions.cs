namespace CrmInsights.Etl.Loading;

/// <summary>Load and check settings, bound to the configuration section "Loading" (time zone and currency come from "Warehouse").</summary>
public sealed class LoadingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Loading";

    /// <summary>A source with no batch loaded for this many hours fails the freshness check (warning). Default 48.</summary>
    public double FreshnessHours { get; set; } = 48;

    /// <summary>Every problem with the settings, naming the key and the bad value; empty when valid.</summary>
    public IReadOnlyList<string> Validate() =>
        FreshnessHours is > 0 and <= 24 * 366
            ? []
            : [$"{SectionName}:FreshnessHours must be between 0 (exclusive) and 8784 (a year), was {FreshnessHours.ToString(System.Globalization.CultureInfo.InvariantCulture)}."];
}
