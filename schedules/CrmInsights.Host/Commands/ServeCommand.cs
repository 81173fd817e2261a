using System.CommandLine;
using CrmInsights.Host.Cli;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Host.Scheduling.Service;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Engine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Commands;

/// <summary><c>crm-insights serve</c>: runs the scheduler until stopped (SIGTERM, Ctrl+C, service stop).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the scheduled jobs (schedules/*.json) as a service until stopped; exit 0 after a clean stop.");
        command.SetRun(async (context, _, cancellationToken) =>
        {
            // Fail before starting anything: every bad schedule and an unreachable history are named up front.
            context.Get<ScheduleSet>();
            var engine = context.Get<IWarehouseEngine>();
            await Preflight.EnsureEmbeddedSchemaAsync(engine, context.Get<IOptions<WarehouseOptions>>().Value, cancellationToken);
            await Preflight.JobHistoryAsync(context.Get<IJobHistory>(), engine, cancellationToken);
            using var host = SchedulerServiceHost.Build(context.Workspace, context.Configuration);
            await host.RunAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
