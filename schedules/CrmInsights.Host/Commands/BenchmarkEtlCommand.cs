using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CrmInsights.Demo;
using CrmInsights.Etl.Loading;
using CrmInsights.Host.Cli;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights benchmark etl --customers N --months M [--drop day|week|month]</c>: generates the demo dataset (built-in defaults
/// and seed, so runs compare) into a scratch workspace, loads it with <see cref="EtlPipeline.RunAsync"/> into
/// the scratch workspace's own DuckDB file, and prints batches, rows, rows/s loaded and the peak working set.
/// The scratch workspace (inbox, lake, warehouse) is deleted afterwards.
/// </summary>
internal static class BenchmarkEtlCommand
{
    private const int SlowestShown = 5;
    private static readonly Option<DropPeriod?> Drop = new("--drop") { Description = "Time one generated file covers: day (default), week or month." };

    public static Command Create()
    {
        var command = new Command("etl", "Benchmark the ETL: generate into scratch, load everything, print rows/s and peak working set.")
        {
            BenchmarkCommand.Customers, BenchmarkCommand.Months, BenchmarkCommand.Scratch, Drop,
        };
        command.SetRun(async (_, parse, cancellationToken) =>
        {
            var options = new DemoOptions();
            options.Customers = parse.GetValue(BenchmarkCommand.Customers) ?? options.Customers;
            options.Months = parse.GetValue(BenchmarkCommand.Months) ?? options.Months;
            options.DropPeriod = parse.GetValue(Drop) ?? DropPeriod.Day;
            if (options.Validate() is { Count: > 0 } errors)
            {
                throw new ExpectedFailureException(FailureKind.Configuration, string.Join(" ", errors));
            }

            using var scratch = BenchmarkScratch.Create(parse.GetValue(BenchmarkCommand.Scratch));
            options.OutputDirectory = scratch.Path;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"benchmark etl: {options.Customers:N0} customers, {options.Months} months, seed {options.Seed}, {options.DropPeriod} files, in {scratch.Path} (deleted afterwards)"));
            var generated = DemoGenerator.Generate(options, progress: null, cancellationToken);
            BenchmarkFigures.Print("generated", BenchmarkFigures.Number(generated.TotalRows, string.Create(CultureInfo.InvariantCulture,
                $"rows in {generated.TotalFiles:N0} files ({generated.Elapsed.TotalSeconds:N1} s)")));

            EtlRunSummary summary;
            IReadOnlyList<LoadStatementTiming> slowest;
            await using (var context = CliContext.CreateAt(WorkspacePaths.At(scratch.Path)))
            {
                // Only the embedded engine: the benchmark must never load generated data into a configured SQL Server.
                if (context.Get<IWarehouseEngine>().Kind != WarehouseEngineKind.DuckDb)
                {
                    throw new ExpectedFailureException(FailureKind.Configuration,
                        "benchmark etl measures the embedded DuckDB warehouse; unset ConnectionStrings__Warehouse to run it.");
                }

                summary = await context.Get<EtlPipeline>().RunAsync(null, progress: null, cancellationToken);
                slowest = context.Get<BatchLoader>().Timings.Slowest();
            }

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var seconds = Math.Max(summary.Elapsed.TotalSeconds, 1e-9);
            BenchmarkFigures.Print("batches", string.Create(CultureInfo.InvariantCulture,
                $"{summary.Count(BatchStatus.Loaded):N0} loaded, {summary.Count(BatchStatus.Failed):N0} failed, {summary.Count(BatchStatus.Quarantined):N0} quarantined"));
            BenchmarkFigures.Print("rows", string.Create(CultureInfo.InvariantCulture,
                $"{summary.RowsRead:N0} read, {summary.RowsLoaded:N0} loaded, {summary.RowsRejected:N0} rejected"));
            BenchmarkFigures.Print("elapsed", string.Create(CultureInfo.InvariantCulture, $"{seconds:N2} s ({seconds * 1000 / Math.Max(summary.Batches.Count, 1):N0} ms/batch)"));
            BenchmarkFigures.Print("throughput", BenchmarkFigures.Number(summary.RowsLoaded / seconds, "rows/s loaded"));
            foreach (var (timing, rank) in slowest.Take(SlowestShown).Select((t, i) => (t, i + 1)))
            {
                BenchmarkFigures.Print(rank == 1 ? "slowest steps" : "", string.Create(CultureInfo.InvariantCulture,
                    $"{timing.Name}: {timing.Total.TotalMilliseconds:N0} ms in {timing.Count:N0} runs ({timing.Mean.TotalMilliseconds:N1} ms each)"));
            }

            BenchmarkFigures.Print("peak working set", BenchmarkFigures.Megabytes(process.PeakWorkingSet64) + " (whole process, generation included)");
            return summary.HasFailedBatches ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }
}
