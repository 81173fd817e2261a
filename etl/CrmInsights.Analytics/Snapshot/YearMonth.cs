namespace CrmInsights.Analytics.Snapshot;

/// <summary>Arithmetic on yyyymm month keys and yyyymmdd date keys.</summary>
internal static class YearMonth
{
    public static int Next(int key) => key % 100 == 12 ? ((key / 100) + 1) * 100 + 1 : key + 1;

    public static DateOnly MonthEnd(int key)
    {
        int year = key / 100, month = key % 100;
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    public static DateOnly FromDateKey(int dateKey) => new(dateKey / 10000, dateKey / 100 % 100, dateKey % 100);

    public static int DateKey(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static IEnumerable<int> Range(int from, int to)
    {
        for (int m = from; m <= to; m = Next(m))
        {
            yield return m;
        }
    }
}
