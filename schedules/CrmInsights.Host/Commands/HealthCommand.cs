using System.CommandLine;
using CrmInsights.Host.Cli;
using CrmInsights.Host.Scheduling;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Host.Scheduling.Service;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights health</c>: one line per check, exit 0 when all pass and 1 otherwise, for
/// monitors. Checks: the scheduler runs (fresh heartbeat), the warehouse answers (job history
/// readable), and each enabled schedule's runs are fresh (last run not failed; the latest slot
/// older than the freshness grace, while the service was up, has a successful run).
/// </summary>
internal static class HealthCommand
{
    public static Command Create()
    {
        var command = new Command("health", "Check the service for monitors: scheduler running, warehouse reachable, last runs fresh. Exit 0 healthy, 1 not.");
        command.SetRun(async (context, _, cancellationToken) =>
        {
            var checks = await HealthChecks.RunAsync(
                context.Workspace, context.Get<ScheduleSet>(), context.Get<IJobHistory>(),
                context.Get<IOptions<SchedulerOptions>>().Value, context.Get<TimeProvider>().GetUtcNow(), cancellationToken);
            foreach (var (ok, line) in checks)
            {
                Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {line}");
            }
            return checks.All(c => c.Ok) ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }
}
