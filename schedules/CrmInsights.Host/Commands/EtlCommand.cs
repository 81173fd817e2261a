using System.CommandLine;
using CrmInsights.Etl.Loading;
using CrmInsights.Host.Cli;
using Microsoft.Extensions.Logging;
using CrmInsights.Host.Terminal;
using Spectre.Console;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights etl run [--source NAME]</c> and <c>crm-insights etl replay</c> (logic in CrmInsights.Etl.Loading.EtlPipeline).
/// Exit codes: 0 all batches loaded and no error-level check failed; 1 a batch failed (rolled back, its file waits in the
/// inbox); 5 an error-level data check failed (reports are held; e.g. a batch rejected at least Loading:RejectRateError of
/// its rows); 6 a file was quarantined.
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
        command.Subcommands.Add(EtlPreviewCommand.Create());
        command.Subcommands.Add(ReprocessCommand());
        return command;
    }

    private static readonly Option<FileInfo> ReprocessFile = new("--file") { Description = "An archived file: the batches that loaded its content are loaded again." };
    private static readonly Option<long?> ReprocessBatch = new("--batch") { Description = "One batch id (etl.Batch)." };
    private static readonly Option<string> ReprocessEntity = new("--entity", "-e") { Description = "With --source: every current file batch of that entity." };

    // etl reprocess: archived files loaded again under the current mapping, each replacing what its earlier batch loaded.
    private static Command ReprocessCommand()
    {
        var reprocess = new Command("reprocess", "Load archived files again under the current mapping, replacing what their batches loaded (one transaction each).")
        {
            ReprocessFile, ReprocessBatch, Source, ReprocessEntity,
        };
        reprocess.SetRun(async (context, parse, ct) =>
        {
            var target = new ReprocessTarget(parse.GetValue(ReprocessFile)?.FullName, parse.GetValue(ReprocessBatch), parse.GetValue(Source), parse.GetValue(ReprocessEntity));
            return Report(context, await WithProgressAsync((p, c) => context.Get<EtlPipeline>().ReprocessAsync(target, p, c), ct));
        });
        return reprocess;
    }

    /// <summary>
    /// In a terminal, one live progress display for the run (file n of N, stage, current file and rows); log lines of
    /// warnings and errors are written above it, information lines wait (the summary after the run covers them). Plain
    /// log lines (from the pipeline's loggers) when the output is redirected or a service runs us.
    /// </summary>
    internal static async Task<EtlRunSummary> WithProgressAsync(Func<IProgress<EtlProgress>?, CancellationToken, Task<EtlRunSummary>> body, CancellationToken ct)
    {
        if (!TerminalOutput.IsInteractive)
        {
            return await body(null, ct);
        }

        EtlRunSummary? summary = null;
        using var held = TerminalOutput.HoldInformation();
        await AnsiConsole.Progress().AutoClear(true).StartAsync(async ctx =>
        {
            var task = ctx.AddTask("starting: warehouse lock, schema, inbox", maxValue: 1);
            var progress = new Progress<EtlProgress>(p =>
            {
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Completed;
                var file = p.Source.Length > 0 ? $" {p.Source}/{p.Origin}" : "";
                task.Description = Markup.Escape(TerminalOutput.Printable(
                    $"{Math.Min(p.Completed + 1, Math.Max(1, p.Total))}/{p.Total} {p.Stage}{file} {(p.RowsRead > 0 ? $"{p.RowsRead:N0} rows" : "")}".Trim()));
            });
            summary = await body(progress, ct);
            task.Value = task.MaxValue;
        });
        return summary!;
    }

    internal static int Report(CliContext context, EtlRunSummary summary)
    {
        // Quarantines, failed batches and failed checks were logged once each where they happened (the pipeline's loggers).
        Console.WriteLine(
            $"batches: {summary.Count(BatchStatus.Loaded)} loaded, {summary.Count(BatchStatus.Skipped)} skipped, {summary.Count(BatchStatus.Failed)} failed, " +
            $"{summary.Count(BatchStatus.Quarantined)} quarantined; rows: {summary.RowsRead} read, {summary.RowsLoaded} loaded, {summary.RowsRejected} rejected{FieldWarnings(summary)}; " +
            $"checks: {summary.Checks.Count(c => c.Passed)} passed, {summary.Checks.Count(c => !c.Passed)} failed; {summary.Elapsed.TotalSeconds:0.0} s");
        return summary.HasFailedBatches ? ExitCodes.Failed
            : summary.HasErrorChecks ? ExitCodes.Data
            : summary.Count(BatchStatus.Quarantined) > 0 ? ExitCodes.Quarantined
            : ExitCodes.Success;
    }

    // Shown only when there are some, so a clean run's line stays as it was.
    private static string FieldWarnings(EtlRunSummary summary) =>
        summary.FieldWarnings > 0 ? $", {summary.FieldWarnings} field warning(s) (optional values stored as NULL, rows loaded; see crm-insights status)" : "";
}
