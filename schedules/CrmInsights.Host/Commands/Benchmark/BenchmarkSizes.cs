using System.Globalization;
using CrmInsights.Demo;

namespace CrmInsights.Host.Commands.Benchmark;

/// <summary>
/// How much data each target of <c>crm-insights benchmark</c> runs on. P1–P3 share one generated POS dataset sized by
/// order lines (monthly files); P4–P5 share a second one sized by customers × months. The generator is sized in customers,
/// so the order-line count is converted with the demo generator's measured rate (<see cref="OrderLinesPerCustomerMonth"/>);
/// the benchmark reports the lines really generated.
/// </summary>
internal sealed record BenchmarkSizes(long OrderLines, int EtlMonths, int SnapshotCustomers, int SnapshotMonths, int SmallFiles)
{
    /// <summary>Rows per small file in P3 (a daily drop).</summary>
    public const int SmallFileRows = 100;

    // Measured on the built-in generator (seed 42): 4.43 M order lines from 500k customers × 12 months, 0.22 M from 25k × 12.
    private const double OrderLinesPerCustomerMonth = 0.74;

    // Measured on the same runs: bytes written per generated customer-month, all sources (CSV + JSONL), and what the lake,
    // rejects and warehouse file add on top of the source files once loaded.
    private const double SourceBytesPerCustomerMonth = 420;
    private const double LoadedBytesPerSourceByte = 1.6;

    /// <summary>The full-size default: 1 M order lines, snapshot on 20k customers × 24 months, 200 small files.</summary>
    public static BenchmarkSizes Default { get; } = new(1_000_000, 12, 20_000, 24, 200);

    /// <summary>The smoke size (<c>--quick</c>): finishes in about a minute.</summary>
    public static BenchmarkSizes Quick { get; } = new(20_000, 12, 500, 6, 10);

    /// <summary>Customers to generate for <see cref="OrderLines"/> lines over <see cref="EtlMonths"/> months.</summary>
    public int EtlCustomers => (int)Math.Max(20, Math.Ceiling(OrderLines / (OrderLinesPerCustomerMonth * EtlMonths)));

    /// <summary>Generator options for the P1–P3 dataset (monthly files, built-in seed so runs compare).</summary>
    public DemoOptions EtlData(string folder) => new()
    {
        Customers = EtlCustomers, Months = EtlMonths, DropPeriod = DropPeriod.Month, OutputDirectory = folder,
        // P1-P3 load only the POS files: no browse-only or anonymous web sessions to generate and then delete.
        BrowseSessionsPerPurchase = 0, AnonymousSessionsPerOnlineOrder = 0,
    };

    /// <summary>Generator options for the P4–P5 dataset.</summary>
    public DemoOptions SnapshotData(string folder) => new()
    {
        Customers = SnapshotCustomers, Months = SnapshotMonths, DropPeriod = DropPeriod.Month, OutputDirectory = folder,
    };

    /// <summary>Estimated peak disk use of the scratch folder (both datasets loaded, before clean-up).</summary>
    public double EstimatedDiskBytes =>
        ((double)EtlCustomers * EtlMonths + (double)SnapshotCustomers * SnapshotMonths) * SourceBytesPerCustomerMonth * (1 + LoadedBytesPerSourceByte);

    /// <summary>One line for the console and the document.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"P1-P3: ~{OrderLines:N0} order lines ({EtlCustomers:N0} customers x {EtlMonths} months, monthly files) + {SmallFiles:N0} files of {SmallFileRows} lines; " +
        $"P4-P5: {SnapshotCustomers:N0} customers x {SnapshotMonths} months");

    /// <summary>Returns every invalid size (option name and value); empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (OrderLines < 1_000 || OrderLines > 100_000_000)
        {
            errors.Add($"--order-lines must be 1,000..100,000,000 (was {OrderLines}).");
        }

        if (EtlMonths is < 1 or > 120)
        {
            errors.Add($"--etl-months must be 1..120 (was {EtlMonths}).");
        }

        if (SnapshotCustomers is < 20 or > 10_000_000)
        {
            errors.Add($"--snapshot-customers must be 20..10,000,000 (was {SnapshotCustomers}).");
        }

        if (SnapshotMonths is < 2 or > 120)
        {
            errors.Add($"--snapshot-months must be 2..120 (was {SnapshotMonths}; one new month needs an earlier one).");
        }

        if (SmallFiles is < 1 or > 100_000)
        {
            errors.Add($"--small-files must be 1..100,000 (was {SmallFiles}).");
        }

        return errors;
    }
}
