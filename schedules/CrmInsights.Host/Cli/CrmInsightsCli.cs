using System.CommandLine;
using CrmInsights.Host.Commands;

namespace CrmInsights.Host.Cli;

/// <summary>The command tree of <c>crm-insights</c>. Each verb lives in its own file under Commands/.</summary>
internal static class CrmInsightsCli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("CrmInsights: CRM marketing ETL, warehouse and KPI reports.");
        root.Options.Add(GlobalOptions.Workspace);
        // One line per verb.
        root.Subcommands.Add(ConfigCommand.Create());
        root.Subcommands.Add(WarehouseCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(EtlCommand.Create());
        root.Subcommands.Add(HealthCommand.Create());
        root.Subcommands.Add(SnapshotCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(BenchmarkCommand.Create());
        return root;
    }

    /// <summary>
    /// Ctrl+C and SIGTERM cancel the running verb's token; the verb then rolls back and exits on its
    /// own bound (serve: Scheduler:ShutdownTimeout, at most 10 minutes). The parser's own 2-second
    /// default would kill a service mid-rollback, so its last-resort timeout sits above every bound.
    /// </summary>
    public static InvocationConfiguration Invocation { get; } = new() { ProcessTerminationTimeout = TimeSpan.FromMinutes(11) };

    /// <summary>
    /// Parses and runs <paramref name="args"/>. A command line that does not parse (a missing required option, an
    /// unknown verb, a bad value) exits 2 (<see cref="ExitCodes.Configuration"/>) with one line per problem; the
    /// parser's own default is 1, which the README reserves for failed jobs.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration? invocation = null)
    {
        var parseResult = Create().Parse(args);
        if (parseResult.Errors.Count == 0)
        {
            return await parseResult.InvokeAsync(invocation ?? Invocation);
        }

        foreach (var error in parseResult.Errors)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message}");
        }
        var verb = string.Join(' ', Ancestry(parseResult.CommandResult).Reverse());
        await Console.Error.WriteLineAsync($"See '{verb} --help' for usage.");
        return ExitCodes.Configuration;
    }

    private static IEnumerable<string> Ancestry(System.CommandLine.Parsing.CommandResult? result)
    {
        for (var current = result; current is not null; current = current.Parent as System.CommandLine.Parsing.CommandResult)
        {
            yield return current.Parent is null ? "crm-insights" : current.Command.Name;
        }
    }
}
