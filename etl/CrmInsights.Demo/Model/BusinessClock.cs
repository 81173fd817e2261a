using System.Globalization;

namespace CrmInsights.Demo.Model;

/// <summary>
/// Turns (day index, local second of day) into instants and ISO 8601 text in the business
/// time zone. Offsets are cached per hour of the current day because zone lookups are
/// the hot path at tens of millions of rows; local times skipped by a DST change are moved
/// one hour on, as a clock would show them.
/// </summary>
internal sealed class BusinessClock
{
    private readonly TimeZoneInfo _zone;
    private readonly TimeSpan[] _hourOffsets = new TimeSpan[24];
    private readonly bool[] _hourInvalid = new bool[24];
    private int _cachedDay = -1;

    public BusinessClock(DateOnly start, TimeZoneInfo zone)
    {
        Start = start;
        _zone = zone;
    }

    public DateOnly Start { get; }

    public DateOnly Date(int day) => Start.AddDays(day);

    /// <summary>The local time and offset of a second of the day.</summary>
    public DateTimeOffset At(int day, int secondOfDay)
    {
        Prepare(day);
        secondOfDay = Math.Clamp(secondOfDay, 0, 86_399);
        var hour = secondOfDay / 3600;
        if (_hourInvalid[hour])
        {
            secondOfDay = Math.Min(secondOfDay + 3600, 86_399);
            hour = secondOfDay / 3600;
        }

        var local = Date(day).ToDateTime(TimeOnly.MinValue).AddSeconds(secondOfDay);
        return new DateTimeOffset(local, _hourOffsets[hour]);
    }

    /// <summary>ISO 8601 with offset, seconds precision: 2025-03-01T10:15:00+00:00.</summary>
    public static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The business-day index of an instant (for events that fall after their trigger).</summary>
    public int DayOf(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, _zone);
        return DateOnly.FromDateTime(local.DateTime).DayNumber - Start.DayNumber;
    }

    private void Prepare(int day)
    {
        if (day == _cachedDay)
        {
            return;
        }

        var midnight = Date(day).ToDateTime(TimeOnly.MinValue);
        for (var h = 0; h < 24; h++)
        {
            var local = midnight.AddHours(h);
            _hourInvalid[h] = _zone.IsInvalidTime(local);
            _hourOffsets[h] = _zone.GetUtcOffset(_hourInvalid[h] ? local.AddHours(1) : local);
        }

        _cachedDay = day;
    }
}
