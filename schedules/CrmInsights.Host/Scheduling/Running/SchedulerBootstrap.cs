using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CrmInsights.Host.Scheduling.Running;

/// <summary>
/// Starts the service's scheduling: validates the schedules (a bad one stops the start, naming every
/// problem), marks runs the previous process left 'running' as 'interrupted', registers one Quartz
/// job per enabled schedule with its trigger, and queues the catch-up runs. Runs before the Quartz
/// hosted service starts the scheduler.
/// </summary>
public sealed class SchedulerBootstrap(
    ScheduleSet schedules,
    IJobHistory history,
    CatchUpPlanner planner,
    ISchedulerFactory schedulerFactory,
    TimeProvider time,
    ILogger<SchedulerBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var interrupted = await history.MarkInterruptedAsync(JobRunner.Node, now, cancellationToken);
        if (interrupted > 0)
        {
            SchedulerLog.MarkedInterrupted(logger, interrupted);
        }
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        foreach (var schedule in schedules.Enabled)
        {
            await scheduler.AddJob(Triggers.Job(schedule), default, cancellationToken);
            var clock = schedules.ClockOf(schedule);
            if (schedule.Cron is not null)
            {
                await scheduler.ScheduleJob(Triggers.Cron(schedule, time), default, cancellationToken);
            }
            else
            {
                await Triggers.ArmNextAsync(scheduler, schedule, clock, now, time, cancellationToken);
            }
            SchedulerLog.Armed(logger, schedule.Name, schedule.Kind, clock.NextAfter(now));

            var order = 0;
            foreach (var slot in await planner.PlanAsync(schedule, now, cancellationToken))
            {
                SchedulerLog.CatchingUp(logger, schedule.Name, slot);
                // Oldest first; the job's no-overlap rule runs them one after another.
                var trigger = Triggers.OneShot(schedule, now.AddMilliseconds(order++), slot, RunKind.CatchUp, rearm: false, time);
                await scheduler.ScheduleJob(trigger, default, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
