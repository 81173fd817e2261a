using System.CommandLine;
using System.Globalization;
using CrmInsights.Demo;
using CrmInsights.Etl.Checks;
using CrmInsights.Etl.Loading;
using CrmInsights.Etl.Sources;
using CrmInsights.Host.Cli;
using CrmInsights.Host.Scheduling.Work;
using CrmInsights.Host.Terminal;
using CrmInsights.Reports;
using CrmInsights.Reports.Delivery;
using CrmInsights.Reports.Model;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights demo [--customers N] [--months M] [--seed S] [--drop day|week|month]</c>: the whole pipeline on generated data in the
/// workspace: generate (deterministic, so a re-run writes the same files), create or upgrade the warehouse, run
/// the ETL (batches already loaded are skipped by content hash), derive the snapshot, build and deliver the
/// built-in report for the latest complete month of the data (outbox .eml files unless SMTP is configured; each
/// recipient once), then print where everything is. Re-running converges: nothing is loaded or sent twice.
/// Exit codes: 0 every stage succeeded; 1 a batch failed or a delivery failed; 5 an error-level data check
/// failed or the data gate held the report; 2/4 as for the single verbs.
/// </summary>
internal static class DemoCommand
{
    private static readonly Option<int?> Customers = new("--customers") { Description = "Number of customers (default 2000)." };
    private static readonly Option<int?> Months = new("--months") { Description = "Months of history (default 24)." };
    private static readonly Option<long?> Seed = new("--seed") { Description = "Random seed (default 42): the same seed gives the same files." };
    private static readonly Option<DropPeriod?> Drop = new("--drop") { Description = "Time one source file covers: day, week (default: far fewer files, so a quick demo) or month." };

    public static Command Create()
    {
        var command = new Command("demo", "Run the end-to-end demo in the workspace: generate data, load it, derive the snapshot, build and send the monthly report.")
        {
            Customers, Months, Seed, Drop, DemoGenerateCommand.Create(),
        };
        command.SetRun(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, CancellationToken ct)
    {
        var options = new DemoOptions();
        context.Configuration.GetSection(DemoOptions.SectionName).Bind(options);
        options.OutputDirectory = context.Workspace.Root;
        options.Customers = parse.GetValue(Customers) ?? options.Customers;
        options.Months = parse.GetValue(Months) ?? options.Months;
        options.Seed = parse.GetValue(Seed) ?? options.Seed;
        options.DropPeriod = parse.GetValue(Drop) ?? DropPeriod.Week;
        options.DirtyRate = 0;
        if (options.Validate() is { Count: > 0 } errors)
        {
            throw new ExpectedFailureException(FailureKind.Configuration, string.Join(" ", errors));
        }

        // In a terminal the demo's stage lines are its display (one screen): the libraries' Information lines are held,
        // warnings and errors still show. Redirected output gets every log line, as always.
        using var held = TerminalOutput.HoldInformation();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Stage(1, $"generating {options.Customers:N0} customers x {options.Months} months (seed {options.Seed}, {DropName(options.DropPeriod)} files) into {Path.Combine(context.Workspace.Root, "inbox")}");
        var generated = DemoGenerator.Generate(options, progress: null, ct);
        Console.WriteLine(Invariant($"  {generated.TotalRows:N0} rows in {generated.TotalFiles:N0} files ({generated.TotalBytes / 1e6:N1} MB), {generated.Elapsed.TotalSeconds:N1} s"));

        var generatedAt = System.Diagnostics.Stopwatch.StartNew();
        var engine = context.Get<IWarehouseEngine>();
        Stage(2, $"warehouse {engine.Description}");
        await WarehouseSchema.EnsureAsync(engine, context.Get<IOptions<WarehouseOptions>>().Value, ct);

        Stage(3, "ETL");
        // The inbox takes a file only once it has not changed for Etl:StableFor (a guard against half-written drops);
        // the demo wrote these files itself, so it waits that long rather than leave the newest ones for the next run.
        var settle = context.Get<IOptions<EtlOptions>>().Value.StableFor - generatedAt.Elapsed;
        if (settle > TimeSpan.Zero)
        {
            await Task.Delay(settle + TimeSpan.FromMilliseconds(100), ct);
        }
        var etl = await EtlCommand.WithProgressAsync((p, c) => context.Get<EtlPipeline>().RunAsync(null, p, c), ct);
        PrintEtl(etl);
        if (etl.HasFailedBatches)
        {
            await Console.Error.WriteLineAsync("demo stopped: a batch failed (see above); its file waits in the inbox.");
            return ExitCodes.Failed;
        }
        if (etl.HasErrorChecks)
        {
            await Console.Error.WriteLineAsync("demo stopped: an error-level data check failed (see above); reports are held.");
            return ExitCodes.Data;
        }

        Stage(4, "snapshot");
        var snapshot = await SnapshotCommand.DeriveAsync(context, full: false, ct);
        Console.WriteLine("  " + SnapshotWork.Describe(snapshot));

        var runner = context.Get<ReportPackRunner>();
        // The demo shows bursting: its built-in report also goes to the demo data's London region and store S001.
        BuiltInReports.AddDemoRecipients(context.Get<IOptions<ReportsOptions>>().Value);
        var definition = runner.Find(BuiltInReports.CrmMonthly);
        var period = LatestCompleteMonth(options);
        Stage(5, $"report {definition.Name} for {period}");
        var delivery = await runner.DeliverAsync(definition.Name, period, ct);
        foreach (var r in delivery.Recipients)
        {
            Console.WriteLine($"  {r.Outcome,-12} {r.Recipient} ({r.Slice}){(r.Error is { } e ? ": " + e : "")}");
        }

        PrintWhere(context, runner, definition, period, etl, clock.Elapsed);
        if (!delivery.Gate.CanSend)
        {
            await Console.Error.WriteLineAsync($"held: {definition.Name} {period} was not sent: {string.Join(" ", delivery.Gate.Causes)}");
            return ExitCodes.Data;
        }
        return delivery.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
    }

    /// <summary>The last month the generated data covers in full (the data ends on <see cref="DemoOptions.EndDate"/>).</summary>
    internal static ReportPeriod LatestCompleteMonth(DemoOptions options)
    {
        var end = options.EndDate;
        var month = new DateOnly(end.Year, end.Month, 1);
        return ReportPeriod.FromDate(end.AddDays(1).Day == 1 ? month : month.AddMonths(-1));
    }

    private static void PrintEtl(EtlRunSummary etl)
    {
        Console.WriteLine(Invariant(
            $"  batches: {etl.Count(BatchStatus.Loaded)} loaded, {etl.Count(BatchStatus.Skipped)} skipped (already loaded), {etl.Count(BatchStatus.Failed)} failed, {etl.Count(BatchStatus.Quarantined)} quarantined"));
        Console.WriteLine(Invariant($"  rows: {etl.RowsRead:N0} read, {etl.RowsLoaded:N0} loaded, {etl.RowsRejected:N0} rejected; {etl.Elapsed.TotalSeconds:N1} s"));
        Console.WriteLine(Invariant($"  checks: {etl.Checks.Count(c => c.Passed)} passed, {etl.Checks.Count(c => !c.Passed)} failed"));
        foreach (var b in etl.Batches.Where(b => b.Status is BatchStatus.Failed or BatchStatus.Quarantined))
        {
            Console.WriteLine($"    {b.Status} {b.Source}/{b.Origin}: {b.Error}");
        }
        foreach (var c in etl.Checks.Where(c => !c.Passed))
        {
            Console.WriteLine($"    check {c.Name} ({c.Severity}{(c.Severity == CheckSeverity.Error ? ", holds reports" : "")}): {c.Message}");
        }
    }

    private static void PrintWhere(CliContext context, ReportPackRunner runner, ReportDefinition definition, ReportPeriod period, EtlRunSummary etl, TimeSpan elapsed)
    {
        var outDir = runner.OutputDirectory(definition, period);
        var outbox = Path.Combine(context.Workspace.Root, context.Get<IOptions<SmtpOptions>>().Value.OutboxDirectory);
        Console.WriteLine();
        Console.WriteLine(Invariant($"Demo done in {elapsed.TotalSeconds:N1} s: {etl.RowsLoaded:N0} rows loaded, {etl.RowsRejected:N0} rejected in {etl.Count(BatchStatus.Loaded):N0} new batches."));
        Console.WriteLine($"  workbooks:  {Files(outDir, "*.xlsx")}");
        Console.WriteLine($"  charts:     {Files(outDir, "*.png")}");
        Console.WriteLine($"  e-mails:    {Files(outbox, "*.eml")}");
        Console.WriteLine($"  warehouse:  {context.Get<IWarehouseEngine>().Description}");
        var ws = Quote(context.Workspace.Root);
        var month = Invariant($"{period.Year:D4}{period.Month:D2}");
        Console.WriteLine("Try:");
        Console.WriteLine($"  crm-insights --workspace {ws} query \"SELECT Region, NetRevenue, GrossMargin FROM mart.Profitability WHERE CutLevel = 'Region' AND YearMonthKey = {month} ORDER BY NetRevenue DESC\"");
        Console.WriteLine($"  crm-insights --workspace {ws} query \"SELECT Segment, Customers, ActiveCustomers, Revenue FROM mart.Segments WHERE CutLevel = 'All' AND YearMonthKey = {month} ORDER BY Revenue DESC\"");
        Console.WriteLine($"  crm-insights --workspace {ws} query --format csv \"SELECT * FROM mart.CohortRetention\" > cohorts.csv");
    }

    private static string Files(string directory, string pattern)
    {
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, pattern, SearchOption.AllDirectories) : [];
        return files.Length == 0 ? "(none)" : Invariant($"{files.Length} in {directory}");
    }

    private static string DropName(DropPeriod drop) => drop switch
    {
        DropPeriod.Day => "daily",
        DropPeriod.Week => "weekly",
        _ => "monthly",
    };

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;

    private static void Stage(int n, string text) => Console.WriteLine(Invariant($"[{n}/5] {text}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
