using System.CommandLine;
using CrmInsights.Host.Cli;
using CrmInsights.Reports.Delivery;
using CrmInsights.Reports.Model;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights report run --report NAME --period yyyy-MM [--send]</c> builds one pack per
/// recipient slice from the marts into out/&lt;report&gt;/&lt;period&gt;/ and prints the paths; with
/// <c>--send</c> it delivers (SMTP when configured, else .eml files in outbox/), each recipient once
/// per period. Exit 5 when the data gate holds the pack (with or without --send, an empty or incomplete month is held). <c>crm-insights report list</c> prints the reports.
/// </summary>
internal static class ReportCommand
{
    private static readonly Option<string> Report = new("--report") { Description = "Report name from Reports:Definitions (built-in: crm-monthly).", Required = true };
    private static readonly Option<string> Period = new("--period") { Description = "Month to report, yyyy-MM.", Required = true };
    private static readonly Option<bool> Send = new("--send") { Description = "Deliver to the recipients (once per report, period and recipient) instead of only building." };

    public static Command Create() => new("report", "Report packs: build or send a report for a month, list the configured reports.") { Run(), List() };

    private static Command Run()
    {
        var command = new Command("run", "Build a report's packs for a month from the marts (one per recipient slice); --send delivers them.") { Report, Period, Send };
        command.SetRun(async (context, parse, cancellationToken) =>
        {
            if (!ReportPeriod.TryParse(parse.GetValue(Period), out var period))
            {
                throw new ExpectedFailureException(FailureKind.Configuration, $"--period must be a month written yyyy-MM (for example 2025-03), was '{parse.GetValue(Period)}'.");
            }
            var runner = Runner(context);
            var name = Definition(runner, parse.GetValue(Report)!).Name;
            var engine = context.Get<IWarehouseEngine>();
            if (Preflight.MissingWarehouse(engine) is { } missing)
            {
                throw new ExpectedFailureException(FailureKind.Environment, missing);
            }
            await Preflight.EnsureEmbeddedSchemaAsync(engine, context.Get<IOptions<WarehouseOptions>>().Value, cancellationToken);
            if (!parse.GetValue(Send))
            {
                // An empty or half-loaded month would build a pack of blanks that looks like a bad month: refuse, saying why.
                if (await runner.CoverageCausesAsync(period, cancellationToken) is { Count: > 0 } causes)
                {
                    await Console.Error.WriteLineAsync($"held: {name} {period} was not built:");
                    foreach (var cause in causes)
                    {
                        await Console.Error.WriteLineAsync("  " + cause);
                    }
                    return ExitCodes.Data;
                }
                foreach (var pack in await runner.BuildAsync(name, period, cancellationToken))
                {
                    Console.WriteLine(pack.WorkbookPath);
                }
                return ExitCodes.Success;
            }

            var result = await runner.DeliverAsync(name, period, cancellationToken);
            foreach (var r in result.Recipients)
            {
                Console.WriteLine($"{r.Outcome,-12} {r.Recipient} ({r.Slice}){(r.Error is { } e ? ": " + e : "")}");
            }
            if (!result.Gate.CanSend)
            {
                await Console.Error.WriteLineAsync($"held: {name} {period} was not sent{(result.NoticeSent ? "; the owner was notified" : "")}:");
                foreach (var cause in result.Gate.Causes)
                {
                    await Console.Error.WriteLineAsync("  " + cause);
                }
                return ExitCodes.Data;
            }
            return result.Succeeded ? ExitCodes.Success : ExitCodes.Environment;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Print the configured reports with their recipients and slices.");
        command.SetRun((context, _, _) =>
        {
            foreach (var d in Runner(context).Definitions)
            {
                Console.WriteLine($"{d.Name} ({d.Period}, owner {d.Owner}){(d.IsBuiltIn ? " [built-in]" : "")}");
                foreach (var r in d.Recipients)
                {
                    Console.WriteLine($"  {r.Email} <{r.DisplayName}>: {r.Slice.Description}{(r.AllowPersonalData ? ", with action lists" : "")}");
                }
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The runner, with invalid Reports/Smtp configuration turned into one clear configuration failure.</summary>
    private static ReportPackRunner Runner(CliContext context)
    {
        try
        {
            return context.Get<ReportPackRunner>();
        }
        catch (OptionsValidationException e)
        {
            throw new ExpectedFailureException(FailureKind.Configuration, "Invalid configuration: " + string.Join(" ", e.Failures), e);
        }
    }

    private static ReportDefinition Definition(ReportPackRunner runner, string name)
    {
        try
        {
            return runner.Find(name);
        }
        catch (KeyNotFoundException e)
        {
            throw new ExpectedFailureException(FailureKind.Configuration, e.Message, e);
        }
    }
}
