using System.CommandLine;
using CrmInsights.Analytics.Snapshot;
using CrmInsights.Host.Cli;
using CrmInsights.Host.Scheduling.Work;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights snapshot [--full]</c>: derives the customer snapshot (fact.CustomerMonth, RFM, CLV fit
/// in fact.ModelFit) for the months changed since the last derive, or all months with <c>--full</c>, under
/// the warehouse lock (<c>snapshot fit</c>, in SnapshotFitCommand, prints a fit without storing it). Exit codes: 0 done (also when nothing changed); 4 the warehouse is missing or its lock
/// stayed held; 1 the derive failed (rolled back).
/// </summary>
internal static class SnapshotCommand
{
    private static readonly Option<bool> Full = new("--full") { Description = "Rebuild every month, not only those touched since the last derive." };

    public static Command Create()
    {
        var command = new Command("snapshot", "Derive the customer snapshot and refit the CLV models from the loaded facts.") { Full };
        command.Subcommands.Add(SnapshotFitCommand.Create());
        command.SetRun(async (context, parse, cancellationToken) =>
        {
            var result = await DeriveAsync(context, parse.GetValue(Full), cancellationToken);
            Console.WriteLine(SnapshotWork.Describe(result));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Derives under the warehouse lock (the deriver takes it); a missing warehouse or a held lock is an environment failure.</summary>
    public static async Task<SnapshotResult> DeriveAsync(CliContext context, bool full, CancellationToken cancellationToken)
    {
        var engine = context.Get<IWarehouseEngine>();
        if (Preflight.MissingWarehouse(engine) is { } missing)
        {
            throw new ExpectedFailureException(FailureKind.Environment, missing);
        }

        await Preflight.EnsureEmbeddedSchemaAsync(engine, context.Get<IOptions<WarehouseOptions>>().Value, cancellationToken);
        return await context.Get<SnapshotDeriver>().DeriveUnderLockAsync(context.Get<IOptions<WarehouseOptions>>().Value, full, cancellationToken);
    }
}
