using System.CommandLine;
using System.Globalization;
using CrmInsights.Demo;
using CrmInsights.Host.Cli;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights benchmark generate --customers N --months M</c>: the demo generator
/// (<see cref="GeneratorBenchmark"/>) into a scratch folder, with built-in defaults and seed so runs
/// compare; prints rows/s, MB/s, peak working set and allocated bytes.
/// </summary>
internal static class BenchmarkGenerateCommand
{
    public static Command Create()
    {
        var command = new Command("generate", "Benchmark the demo data generator: rows/s, MB/s, peak working set, allocated bytes.")
        {
            BenchmarkCommand.Customers, BenchmarkCommand.Months, BenchmarkCommand.Scratch,
        };
        command.SetRun((_, parse, cancellationToken) =>
        {
            var options = new DemoOptions();
            options.Customers = parse.GetValue(BenchmarkCommand.Customers) ?? options.Customers;
            options.Months = parse.GetValue(BenchmarkCommand.Months) ?? options.Months;
            if (options.Validate() is { Count: > 0 } errors)
            {
                throw new ExpectedFailureException(FailureKind.Configuration, string.Join(" ", errors));
            }

            using var scratch = BenchmarkScratch.Create(parse.GetValue(BenchmarkCommand.Scratch));
            options.OutputDirectory = scratch.Path;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"benchmark generate: {options.Customers:N0} customers, {options.Months} months, seed {options.Seed}, into {scratch.Path} (deleted afterwards)"));
            var result = GeneratorBenchmark.Run(options, cancellationToken: cancellationToken);
            var summary = result.Summary;
            BenchmarkFigures.Print("rows", BenchmarkFigures.Number(summary.TotalRows, $"in {summary.TotalFiles:N0} files"));
            BenchmarkFigures.Print("output", BenchmarkFigures.Megabytes(summary.TotalBytes));
            BenchmarkFigures.Print("elapsed", string.Create(CultureInfo.InvariantCulture, $"{summary.Elapsed.TotalSeconds:N2} s"));
            BenchmarkFigures.Print("throughput", BenchmarkFigures.Number(result.RowsPerSecond, "rows/s"));
            BenchmarkFigures.Print("write rate", BenchmarkFigures.Megabytes(result.BytesPerSecond) + "/s");
            BenchmarkFigures.Print("peak working set", BenchmarkFigures.Megabytes(result.PeakWorkingSetBytes) + " (whole process)");
            BenchmarkFigures.Print("managed heap at end", BenchmarkFigures.Megabytes(result.ManagedHeapBytesAtEnd));
            BenchmarkFigures.Print("allocated", BenchmarkFigures.Megabytes(result.AllocatedBytes) +
                string.Create(CultureInfo.InvariantCulture, $" ({result.AllocatedBytes / Math.Max(summary.TotalRows, 1):N0} bytes/row)"));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
