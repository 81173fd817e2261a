using System.Globalization;

namespace CrmInsights.Reports.Model;

/// <summary>A calendar month in the business time zone, written <c>yyyy-MM</c>.</summary>
public readonly record struct ReportPeriod(int Year, int Month) : IComparable<ReportPeriod>
{
    /// <summary>The first day of the month.</summary>
    public DateOnly Start => new(Year, Month, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly End => Start.AddMonths(1).AddDays(-1);

    /// <summary>The month before.</summary>
    public ReportPeriod Previous => FromDate(Start.AddMonths(-1));

    /// <summary>The same month one year earlier.</summary>
    public ReportPeriod SameLastYear => new(Year - 1, Month);

    /// <summary>Moves by a number of months (negative goes back).</summary>
    public ReportPeriod AddMonths(int months) => FromDate(Start.AddMonths(months));

    /// <summary>Long display form, e.g. "March 2025".</summary>
    public string DisplayName => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The month that contains a date.</summary>
    public static ReportPeriod FromDate(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Parses <c>yyyy-MM</c>; throws <see cref="FormatException"/> naming the bad value.</summary>
    public static ReportPeriod Parse(string text) =>
        TryParse(text, out var period)
            ? period
            : throw new FormatException($"Period '{text}' is not a month written yyyy-MM (for example 2025-03).");

    /// <summary>Parses <c>yyyy-MM</c>.</summary>
    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = default;
        if (text is null || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return false;
        }
        period = FromDate(d);
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(ReportPeriod other) => Start.CompareTo(other.Start);

    /// <summary>Earlier than.</summary>
    public static bool operator <(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Not later than.</summary>
    public static bool operator <=(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Not earlier than.</summary>
    public static bool operator >=(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>The <c>yyyy-MM</c> form used in paths, logs and the delivery log.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
