using System.Globalization;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using Quartz;

namespace CrmInsights.Host.Scheduling.Running;

/// <summary>
/// The one Quartz job type: one job per schedule (the job key is the schedule name), never two at
/// once for the same schedule. It works out which slot the fire stands for, hands it to
/// <see cref="JobRunner"/> (which runs a slot successfully at most once, whichever path fired it) and,
/// for business-day schedules, arms the trigger of the next slot first.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ScheduledJob(ScheduleSet schedules, JobRunner runner, StopSignal stop, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var schedule = schedules.Get(data.GetString(JobData.Schedule)!);
        var clock = schedules.ClockOf(schedule);
        var (scheduledFor, runKind) = SlotOf(context.Recovering, data, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, clock);

        if (data.GetString(JobData.Rearm) == "true")
        {
            await Triggers.ArmNextAsync(context.Scheduler, schedule, clock, scheduledFor, time, cancellationToken);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken, stop.Token);
        await runner.RunAsync(schedule, scheduledFor, runKind, linked.Token);
    }

    /// <summary>
    /// The slot and run kind of a fire. One-shot triggers (catch-up, business day) carry their slot, and a
    /// recovery trigger carries the data of the trigger it replaces. A cron fire stands for the schedule
    /// clock's slot at or before its scheduled time (a misfire fired "now" counts for the slot it missed);
    /// a recovered cron fire uses the scheduled time of the firing that died.
    /// </summary>
    internal static (DateTimeOffset Slot, string RunKind) SlotOf(bool recovering, JobDataMap data, DateTimeOffset scheduledFireTime, ScheduleClock clock)
    {
        var kind = recovering ? RunKind.Recovery : data.GetString(JobData.RunKind) ?? RunKind.Scheduled;
        if (data.GetString(JobData.ScheduledFor) is { } slot)
        {
            return (DateTimeOffset.Parse(slot, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), kind);
        }
        // Quartz writes the original time with Convert.ToString(DateTimeOffset, InvariantCulture).
        var fired = recovering && data.GetString(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime) is { } original
            && DateTimeOffset.TryParse(original, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : scheduledFireTime;
        return (clock.SlotOf(fired), kind);
    }
}
