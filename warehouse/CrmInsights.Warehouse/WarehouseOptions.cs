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

    /// <summary>
    /// How much memory the embedded DuckDB warehouse may hold (its <c>memory_limit</c>: cached blocks of the file, joins,
    /// sorts and the rows of the batch being loaded) before it evicts cached blocks or spills to its temporary folder beside
    /// the file; unset, DuckDB's own default (80 % of the machine's memory, which it fills with cache as the warehouse grows).
    /// A size (<c>2GB</c>, <c>1.5GiB</c>) or a share of the machine's memory (<c>25%</c>). Too small a limit fails the batch
    /// that needs more (rolled back, recorded, the file stays in the inbox): at 512MB a 2.2 M-line order-line file failed with
    /// DuckDB's "failed to pin block".
    /// </summary>
    public string? DuckDbMemoryLimit { get; set; }

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

        if (DuckDbMemoryLimit is not null && !MemoryLimitPattern().IsMatch(DuckDbMemoryLimit))
        {
            failures.Add($"{SectionName}:DuckDbMemoryLimit must be a size such as 2GB or 1.5GiB, or a share of memory such as 25%, was '{DuckDbMemoryLimit}'.");
        }

        if (LockTimeoutSeconds <= 0)
        {
            failures.Add($"{SectionName}:LockTimeoutSeconds must be at least 1, was {LockTimeoutSeconds}.");
        }

        return failures;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    // What DuckDB's memory_limit accepts, and nothing that could leave its quoted literal (the value is not a parameter there).
    [GeneratedRegex(@"^[0-9]{1,6}(\.[0-9]{1,3})?\s?(KB|MB|GB|TB|KiB|MiB|GiB|TiB|%)$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex MemoryLimitPattern();
}
