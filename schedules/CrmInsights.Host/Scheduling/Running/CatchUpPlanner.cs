using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Scheduling.Running;

/// <summary>
/// Decides on start which slots passed without a successful run and must run once now. A slot is
/// only caught up if it is at or after the schedule's <c>catchUpSince</c>, or, without one, at or
/// after the job's first recorded slot (a new installation does not replay history). A slot with a
/// successful run is never run again, so a second restart catches up nothing.
/// </summary>
public sealed class CatchUpPlanner(ScheduleSet schedules, IJobHistory history, IOptions<SchedulerOptions> options)
{
    public async Task<IReadOnlyList<DateTimeOffset>> PlanAsync(ScheduleDefinition schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (schedule.CatchUp == CatchUpMode.None
            || (schedule.CatchUpSince ?? await history.FirstSlotAsync(schedule.Name, cancellationToken)) is not { } floor)
        {
            return [];
        }
        var clock = schedules.ClockOf(schedule);
        IReadOnlyList<DateTimeOffset> candidates;
        if (schedule.CatchUp == CatchUpMode.Latest)
        {
            candidates = clock.LastAtOrBefore(now) is { } last ? [last] : [];
        }
        else
        {
            var lastSucceeded = await history.LastSucceededSlotAsync(schedule.Name, cancellationToken);
            var after = lastSucceeded is { } done && done >= floor ? done : floor.AddTicks(-1);
            candidates = clock.Between(after, now, options.Value.MaxCatchUpRuns);
        }
        var result = new List<DateTimeOffset>();
        foreach (var slot in candidates.Where(s => s >= floor))
        {
            if (!await history.HasSucceededAsync(schedule.Name, slot, cancellationToken))
            {
                result.Add(slot);
            }
        }
        return result;
    }
}
