using CrmInsights.Host.Scheduling.Definitions;
using Quartz.Impl.Triggers;

namespace CrmInsights.Host.Tests;

public sealed class ScheduleClockTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static List<DateTimeOffset> Fires(ScheduleClock clock, DateTimeOffset from, DateTimeOffset to) =>
        [.. clock.Between(from, to, int.MaxValue)];

    [Theory]
    [InlineData(2025, 3, 25, 2025, 4, 3)]   // spring forward 2025-03-30 01:00 GMT -> 02:00 BST: 01:30 does not exist
    [InlineData(2025, 10, 22, 2025, 10, 31)] // fall back 2025-10-26 02:00 BST -> 01:00 GMT: 01:30 happens twice
    public void CronDaily0130_AcrossDstTransition_FiresExactlyOncePerLocalDay(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        // The clock is Quartz's own CronTriggerImpl.GetFireTimeAfter with the time zone set.
        var clock = new CronClock("0 30 1 * * ?", London);
        var from = new DateTimeOffset(y1, m1, d1, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(y2, m2, d2, 0, 0, 0, TimeSpan.Zero);

        var fires = Fires(clock, from, to);

        var localDays = fires.Select(f => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(f, London).DateTime)).ToList();
        var expectedDays = Enumerable.Range(0, (to - from).Days).Select(i => DateOnly.FromDateTime(from.UtcDateTime).AddDays(i)).ToList();
        Assert.Equal(expectedDays, localDays); // none skipped, none repeated
        foreach (var fire in fires)
        {
            var local = TimeZoneInfo.ConvertTime(fire, London);
            var transitionDay = local.Month == 3 && local.Day == 30;
            // The non-existent 01:30 fires at the first valid instant after it, 02:00 BST.
            Assert.Equal(transitionDay ? new TimeOnly(2, 0) : new TimeOnly(1, 30), TimeOnly.FromDateTime(local.DateTime));
        }
    }

    [Fact]
    public void CronTriggerImpl_FallBackNight_FiresAtFirstOccurrenceOnly()
    {
        var trigger = new CronTriggerImpl("t", "g", "0 30 1 * * ?", TimeProvider.System) { TimeZone = London, StartTimeUtc = DateTimeOffset.UnixEpoch };
        var first = trigger.GetFireTimeAfter(new DateTimeOffset(2025, 10, 25, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2025, 10, 26, 0, 30, 0, TimeSpan.Zero), first); // 01:30 BST
        Assert.Equal(new DateTimeOffset(2025, 10, 27, 1, 30, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(first)); // not 01:30 GMT the same night
    }

    [Fact]
    public void CronEvery30Minutes_FallBack_KeepsRealElapsedInterval()
    {
        var clock = new CronClock("0 0/30 * * * ?", London);
        var fires = Fires(clock, new DateTimeOffset(2025, 10, 25, 23, 45, 0, TimeSpan.Zero), new DateTimeOffset(2025, 10, 26, 2, 0, 0, TimeSpan.Zero));
        Assert.All(fires.Zip(fires.Skip(1)), pair => Assert.Equal(TimeSpan.FromMinutes(30), pair.Second - pair.First));
        Assert.Equal(5, fires.Count);
    }

    [Fact]
    public void LastAtOrBefore_FallBackDay_AgreesWithForwardFireTime()
    {
        // Quartz's backward search returns the second 01:30 (01:30Z); catch-up must see the slot the trigger fired (00:30Z).
        var clock = new CronClock("0 30 1 * * ?", London);
        Assert.Equal(new DateTimeOffset(2025, 10, 26, 0, 30, 0, TimeSpan.Zero), clock.LastAtOrBefore(new DateTimeOffset(2025, 10, 26, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 1, 0, 0, TimeSpan.Zero), clock.LastAtOrBefore(new DateTimeOffset(2025, 3, 30, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void LastAtOrBefore_ExactSlot_ReturnsThatSlot()
    {
        var clock = new CronClock("0 0 * * * ?", TimeZoneInfo.Utc);
        var slot = new DateTimeOffset(2025, 5, 1, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal(slot, clock.LastAtOrBefore(slot));
        Assert.Equal(slot, clock.LastAtOrBefore(slot.AddMinutes(59)));
    }

    [Fact]
    public void BusinessDay_SkipsWeekendsAndHolidays()
    {
        // June 2025 starts on a Sunday: business days are Mon 2, Tue 3 (holiday), Wed 4 ...
        var holidays = new HashSet<DateOnly> { new(2025, 6, 3) };
        var clock = new BusinessDayClock(2, new TimeOnly(7, 0), London, holidays);
        Assert.Equal(new DateOnly(2025, 6, 4), clock.BusinessDay(new DateOnly(2025, 6, 1)));
        var next = clock.NextAfter(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2025, 6, 4, 6, 0, 0, TimeSpan.Zero), next); // 07:00 BST
        // After this month's slot, the next is in July: Tue 1, Wed 2.
        Assert.Equal(new DateTimeOffset(2025, 7, 2, 6, 0, 0, TimeSpan.Zero), clock.NextAfter(next!.Value));
    }

    [Fact]
    public void BusinessDay_MonthWithFewerBusinessDays_FiresOnLastBusinessDay()
    {
        var clock = new BusinessDayClock(23, new TimeOnly(9, 0), TimeZoneInfo.Utc, new HashSet<DateOnly>());
        Assert.Equal(new DateOnly(2025, 2, 28), clock.BusinessDay(new DateOnly(2025, 2, 1))); // February 2025 has 20
    }

    [Fact]
    public void BusinessDay_LocalTimeInSpringForwardGap_FiresAtFirstValidInstantAfter()
    {
        // Real zones change clocks on Sundays, never a business day, so a custom zone puts the gap on a Monday.
        var zone = TimeZoneInfo.CreateCustomTimeZone("gap", TimeSpan.Zero, "gap", "gap", "gap",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(new DateTime(2025, 1, 1), new DateTime(2025, 12, 31), TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 1, 0, 0), 9, 1),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 2, 0, 0), 10, 1)),
        ]);
        // 2025-09-01 is a Monday (business day 1); 01:30 does not exist there (01:00 -> 02:00).
        var clock = new BusinessDayClock(1, new TimeOnly(1, 30), zone, new HashSet<DateOnly>());
        var fire = clock.NextAfter(new DateTimeOffset(2025, 8, 31, 0, 0, 0, TimeSpan.Zero))!.Value;
        Assert.Equal(new DateTimeOffset(2025, 9, 1, 1, 0, 0, TimeSpan.Zero), fire); // 02:00 local summer time
    }

    [Fact]
    public void RetrySettings_BackoffDoubles()
    {
        var retry = new RetrySettings(4, TimeSpan.FromSeconds(10));
        Assert.Equal([10, 20, 40], new[] { 1, 2, 3 }.Select(a => retry.BackoffAfter(a).TotalSeconds).ToArray());
    }
}
