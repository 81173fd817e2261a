using System.Text.RegularExpressions;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Warehouse;

/// <summary>Warehouse settings, bound to the "Warehouse" configuration section.</summary>
public sealed partial class WarehouseOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Warehouse";

    /// <summary>The connection string name that selects SQL Server (ConnectionStrings:Warehouse).</summary>
    public const string ConnectionStringName = "Warehouse";

    /// <summary>IANA (or Windows) time zone whose calendar dates become fact date keys.</summary>
    public string BusinessTimeZone { get; set; } = "Europe/London";

    /// <summary>ISO 4217 currency of all amounts.</summary>
    public string Currency { get; set; } = "GBP";

    /// <summary>DuckDB file; relative paths are under the workspace. Default warehouse.duckdb.</summary>
    public string DuckDbPath { get; set; } = "warehouse.duckdb";

    /// <summary>How long a run waits for the warehouse lock, in seconds.</summary>
    public int LockTimeoutSeconds { get; set; } = 300;

    /// <summary>Allows schema deployments that may lose data (SQL Server); off by default.</summary>
    public bool AllowDataLoss { get; set; }

    /// <summary>Every problem with the settings, naming the key and the bad value; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var failures = new List<string>();
        if (!TimeZones.TryFind(BusinessTimeZone, out _))
        {
            failures.Add($"{SectionName}:BusinessTimeZone must be a known time zone id (e.g. Europe/London), was '{BusinessTimeZone}'.");
        }

        if (Currency is null || !CurrencyPattern().IsMatch(Currency))
        {
            failures.Add($"{SectionName}:Currency must be a three-letter ISO 4217 code in capitals (e.g. GBP), was '{Currency}'.");
        }

        if (string.IsNullOrWhiteSpace(DuckDbPath))
        {
            failures.Add($"{SectionName}:DuckDbPath must not be empty, was '{DuckDbPath}'.");
        }

        if (LockTimeoutSeconds <= 0)
        {
            failures.Add($"{SectionName}:LockTimeoutSeconds must be at least 1, was {LockTimeoutSeconds}.");
        }

        return failures;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
