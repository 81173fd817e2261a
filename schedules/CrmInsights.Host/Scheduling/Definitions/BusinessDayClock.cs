namespace CrmInsights.Host.Scheduling.Definitions;

/// <summary>
/// Fire times "business day N of the month at a local time": business days are Monday to Friday
/// minus the configured holidays. A month with fewer than N business days fires on its last one.
/// A local time that does not exist (spring-forward gap) fires at the first valid instant after it;
/// one that occurs twice fires at the first occurrence, as cron schedules do.
/// </summary>
/// <remarks>
/// Computed here rather than by a Quartz cron or calendar: cron's <c>W</c>/<c>LW</c> only know
/// "nearest weekday", and a holiday calendar excludes days instead of counting past them, so
/// neither can say "the 3rd working day". The scheduler arms one one-shot trigger at a time with
/// <see cref="ScheduleClock.NextAfter"/>, re-armed at each fire.
/// </remarks>
public sealed class BusinessDayClock(int businessDay, TimeOnly timeOfDay, TimeZoneInfo timeZone, IReadOnlySet<DateOnly> holidays) : ScheduleClock
{
    public override DateTimeOffset? NextAfter(DateTimeOffset after)
    {
        var local = TimeZoneInfo.ConvertTime(after, timeZone);
        var month = new DateOnly(local.Year, local.Month, 1);
        for (var i = 0; i < 24; i++, month = month.AddMonths(1))
        {
            var fire = ToInstant(BusinessDay(month).ToDateTime(timeOfDay));
            if (fire > after)
            {
                return fire;
            }
        }
        return null;
    }

    /// <summary>Business day N of the month starting at <paramref name="firstOfMonth"/> (or its last business day).</summary>
    public DateOnly BusinessDay(DateOnly firstOfMonth)
    {
        DateOnly? found = null;
        var count = 0;
        for (var day = firstOfMonth; day.Month == firstOfMonth.Month && count < businessDay; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day))
            {
                found = day;
                count++;
            }
        }
        // A month of holidays only (never in practice) falls back to its first day rather than skipping the pack.
        return found ?? firstOfMonth;
    }

    private DateTimeOffset ToInstant(DateTime local)
    {
        while (timeZone.IsInvalidTime(local))
        {
            // Spring-forward gap: move to the first whole minute that exists.
            local = local.AddMinutes(1);
        }
        var offset = timeZone.IsAmbiguousTime(local)
            ? timeZone.GetAmbiguousTimeOffsets(local).Max() // first occurrence = the larger (summer) offset
            : timeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
