using Quartz;
using Quartz.Impl.Triggers;

namespace CrmInsights.Host.Scheduling.Definitions;

/// <summary>
/// Fire times of a Quartz cron expression in a time zone, computed by Quartz's own cron trigger so
/// they are exactly the times the scheduler fires. Across daylight saving (tested for Europe/London):
/// a local time that does not exist on the spring-forward day fires at the first valid instant after
/// it (01:30 becomes 02:00 BST); a local time that occurs twice on the fall-back day fires once, at its
/// first occurrence; interval schedules (every 15 minutes) keep firing every 15 real minutes.
/// </summary>
public sealed class CronClock : ScheduleClock
{
    private readonly CronTriggerImpl _trigger;

    public CronClock(string cron, TimeZoneInfo timeZone)
    {
        _trigger = new CronTriggerImpl("clock", "clock", cron, TimeProvider.System)
        {
            TimeZone = timeZone,
            StartTimeUtc = DateTimeOffset.UnixEpoch,
        };
    }

    public override DateTimeOffset? NextAfter(DateTimeOffset after) => _trigger.GetFireTimeAfter(after);

    /// <summary>Whether <paramref name="cron"/> parses as a Quartz cron expression.</summary>
    public static bool IsValid(string cron) => CronExpression.TryParse(cron, out _);
}
