using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Host.Scheduling.Service;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CrmInsights.Host.Scheduling.Running;

/// <summary>
/// Starts the service's scheduling: validates the schedules (a bad one stops the start, naming every
/// problem), marks runs the previous process left 'running' as 'interrupted' (unclustered), brings the job store's
/// jobs and triggers in line with the schedules, and queues the catch-up runs. Runs before the Quartz
/// hosted service starts the scheduler. Idempotent and safe on a store several nodes share: jobs are
/// stored with replace, a trigger is only replaced when its definition changed, and one-shot triggers
/// have deterministic keys, so a second node (or a restart) queues nothing twice.
/// </summary>
internal sealed partial class SchedulerBootstrap(
    ScheduleSet schedules,
    IJobHistory history,
    CatchUpPlanner planner,
    ISchedulerFactory schedulerFactory,
    SchedulerStore store,
    TimeProvider time,
    ILogger<SchedulerBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // A single node's unfinished rows are its previous process's. In a cluster another node on this machine
        // may be mid-run, so there a dead node's rows are marked by the next run of the job, under its lock.
        if (!store.Clustered && await history.MarkInterruptedAsync(JobRunner.Node, now, cancellationToken) is > 0 and var interrupted)
        {
            SchedulerLog.MarkedInterrupted(logger, interrupted);
        }
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        SchedulerLog.StoreSelected(logger, store.Description, scheduler.SchedulerName, scheduler.SchedulerInstanceId);
        await RemoveJobsNoLongerScheduledAsync(scheduler, cancellationToken);
        foreach (var schedule in schedules.Enabled)
        {
            await scheduler.AddJob(Triggers.Job(schedule), AddJobOptions.Replacing, cancellationToken);
            var clock = schedules.ClockOf(schedule);
            await SyncTriggersAsync(scheduler, schedule, clock, now, cancellationToken);
            SchedulerLog.Armed(logger, schedule.Name, schedule.Kind, clock.NextAfter(now));

            var order = 0;
            foreach (var slot in await planner.PlanAsync(schedule, now, cancellationToken))
            {
                // Oldest first; the job's no-overlap rule runs them one after another.
                var trigger = Triggers.OneShot(schedule, now.AddMilliseconds(order++), slot, RunKind.CatchUp, rearm: false, time);
                if (await Triggers.ScheduleOnceAsync(scheduler, trigger, cancellationToken))
                {
                    SchedulerLog.CatchingUp(logger, schedule.Name, slot);
                }
                else
                {
                    SchedulerLog.CatchUpAlreadyQueued(logger, schedule.Name, slot);
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
