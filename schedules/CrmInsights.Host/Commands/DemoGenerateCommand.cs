using System.CommandLine;
using System.Globalization;
using CrmInsights.Demo;
using CrmInsights.Host.Cli;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights demo generate</c>: writes a deterministic demo dataset for all four sources
/// into <c>OUT/inbox/&lt;source&gt;/</c> (OUT defaults to the workspace), with ground-truth.json
/// and, with <c>--dirty</c>, dirty-manifest.json beside it. Defaults come from the <c>Demo</c>
/// configuration section; the command-line options override them.
/// </summary>
internal static class DemoGenerateCommand
{
    private static readonly Option<int?> Customers = new("--customers") { Description = "Number of customers (default 2000)." };
    private static readonly Option<int?> Months = new("--months") { Description = "Months of history (default 24)." };
    private static readonly Option<long?> Seed = new("--seed") { Description = "Random seed: the same seed gives the same bytes (default 42)." };
    private static readonly Option<DirectoryInfo?> Out = new("--out") { Description = "Output folder; files go to OUT/inbox/<source>/ (default: the workspace)." };
    private static readonly Option<double?> Dirty = new("--dirty") { Description = "Share of rows given an injected defect, 0-0.5 (default 0: clean)." };
    private static readonly Option<string?> Start = new("--start") { Description = "First day, yyyy-MM-dd (default 2024-01-01)." };
    private static readonly Option<string?> Drop = new("--drop")
    {
        Description = "Time one file covers: day (default), week or month; files are named by the period's first day (weeks start Monday).",
    };

    public static Command Create()
    {
        var command = new Command("generate", "Generate demo source files (POS, web, email, survey) with known ground truth.")
        {
            Customers, Months, Seed, Out, Dirty, Start, Drop,
        };
        command.SetRun((context, parse, cancellationToken) =>
        {
            var options = new DemoOptions();
            context.Configuration.GetSection(DemoOptions.SectionName).Bind(options);
            options.OutputDirectory = parse.GetValue(Out)?.FullName ?? context.Workspace.Root;
            options.Customers = parse.GetValue(Customers) ?? options.Customers;
            options.Months = parse.GetValue(Months) ?? options.Months;
            options.Seed = parse.GetValue(Seed) ?? options.Seed;
            options.DirtyRate = parse.GetValue(Dirty) ?? options.DirtyRate;
            if (parse.GetValue(Start) is { } start)
            {
                if (!DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    throw new ExpectedFailureException(FailureKind.Configuration, $"--start must be a date as yyyy-MM-dd, was '{start}'.");
                }

                options.StartDate = day;
            }

            if (parse.GetValue(Drop) is { } drop)
            {
                options.DropPeriod = drop.ToLowerInvariant() switch
                {
                    "day" => DropPeriod.Day,
                    "week" => DropPeriod.Week,
                    "month" => DropPeriod.Month,
                    _ => throw new ExpectedFailureException(FailureKind.Configuration, $"--drop must be day, week or month, was '{drop}'."),
                };
            }

            var errors = options.Validate();
            if (errors.Count > 0)
            {
                throw new ExpectedFailureException(FailureKind.Configuration, string.Join(" ", errors));
            }

            var lastPercent = -1;
            var progress = new ConsoleProgress(p =>
            {
                var percent = p.Day * 10 / p.Days;
                if (percent != lastPercent)
                {
                    lastPercent = percent;
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  day {p.Day}/{p.Days}: {p.Rows:N0} rows"));
                }
            });
            var summary = DemoGenerator.Generate(options, progress, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Generated {summary.TotalRows:N0} rows in {summary.TotalFiles:N0} files ({summary.TotalBytes / 1e6:N1} MB) in {summary.Elapsed.TotalSeconds:N1} s into {Path.Combine(summary.OutputDirectory, "inbox")}"));
            foreach (var (entity, rows) in summary.RowsByEntity)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {entity,-18} {rows,12:N0} rows {summary.FilesByEntity[entity],6:N0} files"));
            }

            Console.WriteLine($"Ground truth: {summary.GroundTruthPath}");
            if (summary.DirtyManifestPath is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Dirty manifest: {summary.DirtyManifestPath} ({summary.DefectsByKind.Values.Sum():N0} defects)"));
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>Reports synchronously on the generating thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class ConsoleProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
