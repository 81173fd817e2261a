using System.CommandLine;
using System.Globalization;
using CrmInsights.Host.Cli;
using CrmInsights.Host.Scheduling;
using CrmInsights.Host.Scheduling.Service;
using Microsoft.Extensions.Options;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Warehouse.Engine;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights status</c>: per schedule, the last run (status, slot, attempt, error) and the next fire
/// time; with the warehouse job store, the cluster's nodes and their last check-in.
/// </summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Show each schedule's last run from the job history (etl.JobRun) and its next fire time.");
        command.SetRun(async (context, _, cancellationToken) =>
        {
            var schedules = context.Get<ScheduleSet>();
            // The job history read comes first: it turns a missing warehouse or an unreachable server into one clear line
            // (exit 4) before anything opens the warehouse (opening a missing DuckDB file would create it).
            var latest = (await Preflight.JobHistoryAsync(context.Get<IJobHistory>(), context.Get<IWarehouseEngine>(), cancellationToken))
                .ToDictionary(r => r.JobName, StringComparer.Ordinal);
            await EtlStatusView.PrintAsync(context, cancellationToken);
            var now = context.Get<TimeProvider>().GetUtcNow();
            Console.WriteLine("schedules (last run from etl.JobRun, times UTC unless marked):");
            foreach (var schedule in schedules.All)
            {
                var next = schedule.Enabled ? schedules.ClockOf(schedule).NextAfter(now) : null;
                var nextText = next is { } n
                    ? $"{TimeZoneInfo.ConvertTime(n, schedule.TimeZone).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)} {schedule.TimeZone.Id}"
                    : schedule.Enabled ? "none" : "disabled";
                Console.WriteLine($"  {schedule.Name} ({schedule.Kind}) next: {nextText}");
                Console.WriteLine(latest.TryGetValue(schedule.Name, out var run)
                    ? $"    last: {run.Status} for {Format(run.ScheduledFor)}, attempt {run.Attempt}, {run.RunKind}, started {Format(run.StartedAt)}, finished {(run.FinishedAt is { } f ? Format(f) : "-")} on {run.Node}{(run.Error is { } e ? $": {e}" : "")}"
                    : "    last: never ran");
            }
            var options = context.Get<IOptions<SchedulerOptions>>().Value;
            if (SchedulerStore.Decide(options, context.Configuration) is { Persistent: true } store)
            {
                Console.WriteLine($"cluster nodes of scheduler {options.SchedulerName} (Quartz store {store.Description}):");
                foreach (var line in await ClusterNodes.DescribeAsync(context.Get<IWarehouseEngine>(), options, now, cancellationToken))
                {
                    Console.WriteLine($"  {line}");
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
