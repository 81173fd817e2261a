using System.CommandLine;
using System.Globalization;
using CrmInsights.Host.Cli;
using CrmInsights.Host.Commands.Benchmark;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights benchmark [--quick] [--order-lines N] [--snapshot-customers N] [--snapshot-months M] [--small-files N] [--doc PATH]</c>:
/// runs the scale targets P1–P5 (<see cref="BenchmarkSuite"/>) on generated data in a scratch folder, says beforehand how much
/// data and disk that takes, prints figure, reference and ratio side by side, writes the same table to docs/performance.md,
/// and deletes the scratch folder.
/// </summary>
internal static class BenchmarkTargetsCommand
{
    private static readonly Option<bool> Quick = new("--quick") { Description = "Smoke size (20k order lines, 500 customers x 6 months, 10 small files); explicit sizes still apply." };
    private static readonly Option<long?> OrderLines = new("--order-lines") { Description = "Order lines for P1-P3 (default 1,000,000), in monthly files." };
    private static readonly Option<int?> EtlMonths = new("--etl-months") { Description = "Months the P1-P3 order lines span, one file each (default 12)." };
    private static readonly Option<int?> SnapshotCustomers = new("--snapshot-customers") { Description = "Customers for P4-P5 (default 20,000)." };
    private static readonly Option<int?> SnapshotMonths = new("--snapshot-months") { Description = "Months for P4-P5 (default 24)." };
    private static readonly Option<int?> SmallFiles = new("--small-files") { Description = "100-line files for P3 (default 200)." };
    private static readonly Option<FileInfo?> Doc = new("--doc") { Description = "Where to write the results (default docs/performance.md under the current folder)." };

    public static void AddTo(Command benchmark)
    {
        foreach (var option in new Option[] { Quick, OrderLines, EtlMonths, SnapshotCustomers, SnapshotMonths, SmallFiles, Doc, BenchmarkCommand.Scratch })
        {
            benchmark.Options.Add(option);
        }

        benchmark.SetRun(async (context, parse, cancellationToken) =>
        {
            var start = parse.GetValue(Quick) ? BenchmarkSizes.Quick : BenchmarkSizes.Default;
            var sizes = new BenchmarkSizes(
                parse.GetValue(OrderLines) ?? start.OrderLines, parse.GetValue(EtlMonths) ?? start.EtlMonths,
                parse.GetValue(SnapshotCustomers) ?? start.SnapshotCustomers, parse.GetValue(SnapshotMonths) ?? start.SnapshotMonths,
                parse.GetValue(SmallFiles) ?? start.SmallFiles);
            if (sizes.Validate() is { Count: > 0 } errors)
            {
                throw new ExpectedFailureException(FailureKind.Configuration, string.Join(" ", errors));
            }

            var doc = parse.GetValue(Doc)?.FullName ?? Path.GetFullPath(Path.Combine("docs", "performance.md"));
            using var scratch = BenchmarkScratch.Create(parse.GetValue(BenchmarkCommand.Scratch));
            Console.WriteLine($"benchmark: {sizes.Describe()}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  will generate and load about {sizes.EstimatedDiskBytes / 1_048_576:N0} MiB in {scratch.Path} (deleted afterwards); results go to {doc}"));
            var result = await new BenchmarkSuite(sizes, scratch.Path, Console.Out, context.Get<TimeProvider>()).RunAsync(cancellationToken);
            PerformanceDocument.PrintTable(result, Console.Out);
            Directory.CreateDirectory(Path.GetDirectoryName(doc)!);
            await File.WriteAllTextAsync(doc, PerformanceDocument.Render(result, "crm-insights " + string.Join(' ', parse.Tokens.Select(t => t.Value))), cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  scratch at its largest {result.PeakScratchBytes / 1_048_576.0:N0} MiB; wrote {doc}"));
            return ExitCodes.Success;
        });
    }
}
