using System.Globalization;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using Quartz;

namespace CrmInsights.Host.Scheduling.Running;

/// <summary>Builds the Quartz jobs and triggers of the schedules.</summary>
internal static class Triggers
{
    public const string Group = "crm-insights";

    /// <summary>The key of a schedule's cron trigger.</summary>
    public static TriggerKey CronKeyOf(ScheduleDefinition schedule) => new($"{schedule.Name}.cron", Group);

    /// <summary>Whether a stored trigger of a schedule is the re-armed trigger of a business-day slot.</summary>
    public static bool IsRearm(ScheduleDefinition schedule, TriggerKey key) =>
        key.Group == Group && key.Name.StartsWith($"{schedule.Name}.{RunKind.Scheduled}.", StringComparison.Ordinal);

    public static JobKey KeyOf(ScheduleDefinition schedule) => new(schedule.Name, Group);

    public static IJobDetail Job(ScheduleDefinition schedule) =>
        JobBuilder.Create<ScheduledJob>()
            .WithIdentity(KeyOf(schedule))
            .WithDescription($"{schedule.Kind} ({schedule.Origin})")
            .StoreDurably()
            // A firing whose node dies mid-run is fired again by another node (clustered warehouse store).
            .RequestRecovery()
            .UsingJobData(JobData.Schedule, schedule.Name)
            .Build();

    /// <summary>
    /// A cron schedule's trigger. Misfire "fire and proceed": a slot blocked by a still-running
    /// previous run (or a paused scheduler) fires once when it can, never once per missed slot.
    /// </summary>
    public static ITrigger Cron(ScheduleDefinition schedule, TimeProvider time) =>
        TriggerBuilder.Create(time)
            .WithIdentity(CronKeyOf(schedule))
            .ForJob(KeyOf(schedule))
            .WithSchedule(CronScheduleBuilder.Create(schedule.Cron!)
                .InTimeZone(schedule.TimeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .StartNow()
            .Build();

    /// <summary>A one-shot trigger for one slot: business-day fires (re-armed at each fire) and catch-up runs.</summary>
    public static ITrigger OneShot(ScheduleDefinition schedule, DateTimeOffset fireAt, DateTimeOffset scheduledFor, string runKind, bool rearm, TimeProvider time) =>
        TriggerBuilder.Create(time)
            .WithIdentity($"{schedule.Name}.{runKind}.{scheduledFor.UtcDateTime.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)}", Group)
            .ForJob(KeyOf(schedule))
            .UsingJobData(JobData.ScheduledFor, scheduledFor.ToString("O", CultureInfo.InvariantCulture))
            .UsingJobData(JobData.RunKind, runKind)
            .UsingJobData(JobData.Rearm, rearm ? "true" : "false")
            .StartAt(fireAt)
            .Build();

    /// <summary>Arms the business-day trigger of the first slot after <paramref name="after"/>, unless it exists.</summary>
    public static async Task<DateTimeOffset?> ArmNextAsync(IScheduler scheduler, ScheduleDefinition schedule, ScheduleClock clock, DateTimeOffset after, TimeProvider time, CancellationToken cancellationToken)
    {
        if (clock.NextAfter(after) is not { } next)
        {
            return null;
        }
        await ScheduleOnceAsync(scheduler, OneShot(schedule, next, next, RunKind.Scheduled, rearm: true, time), cancellationToken);
        return next;
    }

    /// <summary>
    /// Stores a one-shot trigger unless one of its key exists. Keys are deterministic (schedule, kind,
    /// slot), so on a shared store another node that queued the same slot first wins and this is a no-op.
    /// </summary>
    /// <returns>Whether this call stored it.</returns>
    public static async Task<bool> ScheduleOnceAsync(IScheduler scheduler, ITrigger trigger, CancellationToken cancellationToken)
    {
        if (await scheduler.Exists(trigger.Key, cancellationToken))
        {
            return false;
        }
        try
        {
            await scheduler.ScheduleJob(trigger, default, cancellationToken);
            return true;
        }
        catch (ObjectAlreadyExistsException)
        {
            return false;
        }
    }
}
