namespace CrmInsights.Host.Scheduling.Definitions;

/// <summary>
/// The fire times of one schedule, computed the same way for the trigger, catch-up, status and
/// health so they always agree about which slot is which.
/// </summary>
/// <remarks>
/// Only a forward step is primitive: "the last slot at or before t" is found by stepping forward
/// from a window before t. Quartz's own backward search (<c>GetPreviousValidTimeBefore</c>) picks the
/// second 01:30 on a fall-back night while the trigger fires at the first, so using it would make
/// catch-up re-run a slot that already ran.
/// </remarks>
public abstract class ScheduleClock
{
    private static readonly TimeSpan[] SearchWindows =
        [TimeSpan.FromMinutes(2), TimeSpan.FromHours(2), TimeSpan.FromDays(2), TimeSpan.FromDays(40), TimeSpan.FromDays(400)];

    public static ScheduleClock For(ScheduleDefinition schedule, IReadOnlySet<DateOnly> holidays) =>
        schedule.Cron is { } cron
            ? new CronClock(cron, schedule.TimeZone)
            : new BusinessDayClock(schedule.BusinessDayOfMonth!.Value, schedule.TimeOfDay!.Value, schedule.TimeZone, holidays);

    /// <summary>The first fire time strictly after <paramref name="after"/>, or null when there is none.</summary>
    public abstract DateTimeOffset? NextAfter(DateTimeOffset after);

    /// <summary>The latest fire time at or before <paramref name="at"/>, looking back at most about 400 days.</summary>
    public DateTimeOffset? LastAtOrBefore(DateTimeOffset at)
    {
        foreach (var window in SearchWindows)
        {
            var slots = Between(at - window, at, int.MaxValue);
            if (slots.Count > 0)
            {
                return slots[^1];
            }
        }
        return null;
    }

    /// <summary>
    /// The slot a fire at <paramref name="at"/> stands for: <paramref name="at"/> itself when it is a slot,
    /// else the latest slot before it (a fire Quartz moved, e.g. a misfire fired late "now").
    /// </summary>
    public DateTimeOffset SlotOf(DateTimeOffset at) =>
        NextAfter(at.AddTicks(-1)) == at ? at : LastAtOrBefore(at) ?? at;

    /// <summary>Fire times in (<paramref name="after"/>, <paramref name="until"/>], oldest first, at most the last <paramref name="max"/>.</summary>
    public IReadOnlyList<DateTimeOffset> Between(DateTimeOffset after, DateTimeOffset until, int max)
    {
        var result = new Queue<DateTimeOffset>();
        for (var next = NextAfter(after); next is { } slot && slot <= until; next = NextAfter(slot))
        {
            result.Enqueue(slot);
            if (result.Count > max)
            {
                result.Dequeue();
            }
        }
        return [.. result];
    }
}
