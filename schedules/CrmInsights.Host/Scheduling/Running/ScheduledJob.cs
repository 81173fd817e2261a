using System.Globalization;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using Quartz;

namespace CrmInsights.Host.Scheduling.Running;

/// <summary>
/// The one Quartz job type: one job per schedule (the job key is the schedule name), never two at
/// once for the same schedule. It hands the slot to <see cref="JobRunner"/> and, for business-day
/// schedules, arms the trigger of the next slot first.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ScheduledJob(ScheduleSet schedules, JobRunner runner, StopSignal stop, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var schedule = schedules.Get(data.GetString(JobData.Schedule)!);
        var scheduledFor = data.GetString(JobData.ScheduledFor) is { } slot
            ? DateTimeOffset.Parse(slot, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var runKind = data.GetString(JobData.RunKind) ?? RunKind.Scheduled;

        if (data.GetString(JobData.Rearm) == "true")
        {
            await Triggers.ArmNextAsync(context.Scheduler, schedule, schedules.ClockOf(schedule), scheduledFor, time, cancellationToken);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken, stop.Token);
        await runner.RunAsync(schedule, scheduledFor, runKind, linked.Token);
    }
}
