using System.Globalization;

namespace CrmInsights.Warehouse.ReferenceData;

/// <summary>Generates dim.Date rows: every calendar attribute the marts need, computed once here.</summary>
public static class DateDimension
{
    /// <summary>First date of the seeded range.</summary>
    public static readonly DateOnly First = new(2015, 1, 1);

    /// <summary>Last date of the seeded range.</summary>
    public static readonly DateOnly Last = new(2035, 12, 31);

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    /// <summary>The dim.Date columns the generator fills, in row order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "DateKey", "FullDate", "CalendarYear", "CalendarQuarter", "CalendarMonth", "MonthName", "MonthShortName",
        "YearMonthKey", "YearMonthLabel", "YearQuarterKey", "MonthStartDate", "MonthEndDate", "MonthStartDateKey",
        "MonthEndDateKey", "DaysInMonth", "MonthIndex", "QuarterIndex", "DayIndex", "DayOfMonth", "DayOfYear",
        "DayOfWeek", "DayName", "IsoWeek", "IsoYear", "IsoWeekKey", "IsWeekend", "IsBusinessDay", "IsMonthEnd",
    ];

    /// <summary>The DateKey (yyyymmdd) of a date.</summary>
    public static int KeyOf(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    /// <summary>The rows for every day from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public static IEnumerable<object?[]> Rows(DateOnly first, DateOnly last)
    {
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            yield return Row(d);
        }
    }

    /// <summary>The row for one date, in <see cref="Columns"/> order.</summary>
    public static object?[] Row(DateOnly d)
    {
        var quarter = ((d.Month - 1) / 3) + 1;
        var daysInMonth = DateTime.DaysInMonth(d.Year, d.Month);
        var monthStart = new DateOnly(d.Year, d.Month, 1);
        var monthEnd = new DateOnly(d.Year, d.Month, daysInMonth);
        var isoDay = d.DayOfWeek == System.DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
        var dateTime = d.ToDateTime(TimeOnly.MinValue);
        var isoWeek = ISOWeek.GetWeekOfYear(dateTime);
        var isoYear = ISOWeek.GetYear(dateTime);
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month);
        return
        [
            KeyOf(d),
            d,
            (short)d.Year,
            (byte)quarter,
            (byte)d.Month,
            monthName,
            monthName[..3],
            (d.Year * 100) + d.Month,
            d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            (d.Year * 10) + quarter,
            monthStart,
            monthEnd,
            KeyOf(monthStart),
            KeyOf(monthEnd),
            (byte)daysInMonth,
            (d.Year * 12) + d.Month - 1,
            (d.Year * 4) + quarter - 1,
            d.DayNumber - Epoch.DayNumber,
            (byte)d.Day,
            (short)d.DayOfYear,
            (byte)isoDay,
            d.DayOfWeek.ToString(),
            (byte)isoWeek,
            (short)isoYear,
            (isoYear * 100) + isoWeek,
            isoDay >= 6,
            isoDay <= 5,
            d == monthEnd,
        ];
    }
}
