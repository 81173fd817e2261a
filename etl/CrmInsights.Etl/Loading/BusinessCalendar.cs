using System.Globalization;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Etl.Loading;

/// <summary>Turns instants into date keys (yyyymmdd) of their calendar date in the business time zone.</summary>
public sealed class BusinessCalendar
{
    private readonly TimeZoneInfo _zone;

    /// <summary>Creates the calendar for a time zone id (IANA or Windows).</summary>
    public BusinessCalendar(string timeZoneId) => _zone = TimeZones.Find(timeZoneId);

    /// <summary>The time zone.</summary>
    public TimeZoneInfo Zone => _zone;

    /// <summary>yyyymmdd of the local date of <paramref name="instant"/>.</summary>
    public int DateKey(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, _zone);
        return (local.Year * 10000) + (local.Month * 100) + local.Day;
    }

    /// <summary>yyyymmdd of a date.</summary>
    public static int DateKey(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    /// <summary>The date key as text (for messages).</summary>
    public static string Format(int dateKey) => dateKey.ToString(CultureInfo.InvariantCulture);
}
