using System.Globalization;
using CrmInsights.Host.Scheduling.Definitions;
using Quartz;

namespace CrmInsights.Host.Scheduling.Running;

internal sealed partial class SchedulerBootstrap
{
    // A persistent store keeps the jobs of schedules that were since removed or disabled; they must not fire.
    private async Task RemoveJobsNoLongerScheduledAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var wanted = schedules.Enabled.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Triggers.Group), cancellationToken))
        {
            if (!wanted.Contains(key.Name) && await scheduler.DeleteJob(key, cancellationToken))
            {
                SchedulerLog.JobRemoved(logger, key.Name);
            }
        }
    }

    /// <summary>
    /// The schedule's trigger as its definition says. An unchanged cron trigger is left alone, so it
    /// keeps its next fire time and Quartz's misfire handling across restarts; a changed one is replaced.
    /// Triggers of an earlier definition (cron became business day or the other way, a business-day slot
    /// that is no longer a slot) are removed. Catch-up and recovery triggers are left to fire.
    /// </summary>
    private async Task SyncTriggersAsync(IScheduler scheduler, ScheduleDefinition schedule, ScheduleClock clock, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await scheduler.GetTriggersOfJob(Triggers.KeyOf(schedule), cancellationToken);
        if (schedule.Cron is not null)
        {
            foreach (var rearm in existing.Where(t => Triggers.IsRearm(schedule, t.Key)))
            {
                await UnscheduleAsync(scheduler, rearm.Key, cancellationToken);
            }
            var wanted = (ICronTrigger)Triggers.Cron(schedule, time);
            switch (existing.FirstOrDefault(t => t.Key.Equals(wanted.Key)))
            {
                case null:
                    await Triggers.ScheduleOnceAsync(scheduler, wanted, cancellationToken);
                    break;
                case ICronTrigger current when current.CronExpressionString == wanted.CronExpressionString
                    && current.TimeZone.Id == wanted.TimeZone.Id && current.MisfireInstruction == wanted.MisfireInstruction:
                    break;
                default:
                    await scheduler.RescheduleJob(wanted.Key, wanted, cancellationToken);
                    SchedulerLog.TriggerReplaced(logger, wanted.Key.ToString());
                    break;
            }
            return;
        }

        if (existing.FirstOrDefault(t => t.Key.Equals(Triggers.CronKeyOf(schedule))) is { } cron)
        {
            await UnscheduleAsync(scheduler, cron.Key, cancellationToken);
        }
        foreach (var rearm in existing.Where(t => Triggers.IsRearm(schedule, t.Key)))
        {
            var slot = rearm.JobDataMap.GetString(JobData.ScheduledFor) is { } text
                ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
                : (DateTimeOffset?)null;
            if (slot is null || clock.NextAfter(slot.Value.AddTicks(-1)) != slot)
            {
                await UnscheduleAsync(scheduler, rearm.Key, cancellationToken);
            }
        }
        await Triggers.ArmNextAsync(scheduler, schedule, clock, now, time, cancellationToken);
    }

    private async Task UnscheduleAsync(IScheduler scheduler, TriggerKey key, CancellationToken cancellationToken)
    {
        if (await scheduler.UnscheduleJob(key, cancellationToken))
        {
            SchedulerLog.TriggerReplaced(logger, key.ToString());
        }
    }
}
