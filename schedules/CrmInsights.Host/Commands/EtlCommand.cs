using System.CommandLine;
using CrmInsights.Etl.Loading;
using CrmInsights.Host.Cli;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights etl run [--source NAME]</c> and <c>crm-insights etl replay</c> (logic in CrmInsights.Etl.Loading.EtlPipeline).
/// Exit codes: 0 all batches loaded and no error-level check failed; 1 a batch failed (rolled back, its file waits in the
/// inbox); 5 an error-level data check failed (reports are held).
/// </summary>
internal static class EtlCommand
{
    private static readonly Option<string> Source = new("--source", "-s") { Description = "Only this source (pos, web, email, survey or a configured name)." };

    public static Command Create()
    {
        var command = new Command("etl", "Extract, validate, land and load inbox files into the warehouse; replay the lake.");
        var run = new Command("run", "Load every ready inbox file (and database query) in dependency order, then run the data checks.") { Source };
        run.SetRun(async (context, parse, ct) =>
            Report(context, await WithProgressAsync((p, c) => context.Get<EtlPipeline>().RunAsync(parse.GetValue(Source), p, c), ct)));
        var replay = new Command("replay", "Rebuild the warehouse from the lake alone (facts, dimensions, lineage), then run the data checks.");
        replay.SetRun(async (context, _, ct) =>
            Report(context, await WithProgressAsync((p, c) => context.Get<EtlPipeline>().ReplayAsync(p, c), ct)));
        command.Subcommands.Add(run);
        command.Subcommands.Add(replay);
        return command;
    }

    /// <summary>A progress bar in an interactive terminal; plain log lines (from the pipeline's loggers) otherwise.</summary>
    internal static async Task<EtlRunSummary> WithProgressAsync(Func<IProgress<EtlProgress>?, CancellationToken, Task<EtlRunSummary>> body, CancellationToken ct)
    {
        if (Console.IsOutputRedirected || Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
        {
            return await body(null, ct);
        }

        EtlRunSummary? summary = null;
        await AnsiConsole.Progress().AutoClear(true).StartAsync(async ctx =>
        {
            var task = ctx.AddTask("etl", maxValue: 1);
            var progress = new Progress<EtlProgress>(p =>
            {
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Completed;
                task.Description = Markup.Escape($"{p.Stage} {p.Source}/{p.Origin} {(p.RowsRead > 0 ? $"{p.RowsRead:N0} rows" : "")}".Trim());
            });
            summary = await body(progress, ct);
            task.Value = task.MaxValue;
        });
        return summary!;
    }

    internal static int Report(CliContext context, EtlRunSummary summary)
    {
        var log = context.Logger("crm-insights.etl");
        foreach (var b in summary.Batches.Where(b => b.Status is BatchStatus.Failed or BatchStatus.Quarantined))
        {
            log.LogWarning("{Status} {Source}/{Origin}: {Error}", b.Status, b.Source, b.Origin, b.Error);
        }

        foreach (var c in summary.Checks.Where(c => !c.Passed))
        {
            log.LogWarning("Check {Check} ({Severity}) failed: {Message}", c.Name, c.Severity, c.Message);
        }

        Console.WriteLine(
            $"batches: {summary.Count(BatchStatus.Loaded)} loaded, {summary.Count(BatchStatus.Skipped)} skipped, {summary.Count(BatchStatus.Failed)} failed, " +
            $"{summary.Count(BatchStatus.Quarantined)} quarantined; rows: {summary.RowsRead} read, {summary.RowsLoaded} loaded, {summary.RowsRejected} rejected; " +
            $"checks: {summary.Checks.Count(c => c.Passed)} passed, {summary.Checks.Count(c => !c.Passed)} failed; {summary.Elapsed.TotalSeconds:0.0} s");
        return summary.HasFailedBatches ? ExitCodes.Failed : summary.HasErrorChecks ? ExitCodes.Data : ExitCodes.Success;
    }
}
