using System.CommandLine;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights benchmark &lt;stage&gt;</c>: measures a pipeline stage on generated data in a
/// scratch folder of its own (deleted afterwards) and prints throughput and memory. Speed and
/// memory targets are checked here, never in timed tests. Each stage is one subcommand file
/// (<c>Benchmark&lt;Stage&gt;Command</c>) sharing <see cref="BenchmarkScratch"/> and <see cref="BenchmarkFigures"/>.
/// </summary>
internal static class BenchmarkCommand
{
    public static readonly Option<int?> Customers = new("--customers") { Description = "Number of generated customers (default 2000)." };
    public static readonly Option<int?> Months = new("--months") { Description = "Months of generated history (default 24)." };
    public static readonly Option<DirectoryInfo?> Scratch = new("--scratch")
    {
        Description = "Folder to create the benchmark's own scratch folder in (default: the system temp folder); the scratch folder is deleted afterwards.",
    };

    public static Command Create()
    {
        var command = new Command("benchmark", "Run the scale targets P1-P5 on generated data and write docs/performance.md, or measure one stage (scratch output is deleted afterwards).");
        BenchmarkTargetsCommand.AddTo(command);
        // One line per stage.
        command.Subcommands.Add(BenchmarkGenerateCommand.Create());
        command.Subcommands.Add(BenchmarkEtlCommand.Create());
        command.Subcommands.Add(BenchmarkAffinityCommand.Create());
        return command;
    }
}
