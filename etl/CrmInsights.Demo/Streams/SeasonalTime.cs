namespace CrmInsights.Demo.Streams;

/// <summary>
/// Seasonal time change for the purchase process. Customer i buys at rate lambda_i * s(t)
/// where s is a month factor (December peak) times a weekday factor, each normalised to
/// average 1 over a year and a week, so lambda keeps its meaning of average purchases per
/// week. Inter-purchase gaps are drawn in "operational weeks" (integrated intensity) and
/// mapped back to days: exact for the time-changed Poisson process.
/// </summary>
internal sealed class SeasonalTime
{
    // Jan..Dec: January sales hangover, summer lull, Black Friday in November, Christmas peak.
    private static readonly double[] MonthFactors = [0.85, 0.8, 0.9, 0.95, 0.95, 0.9, 0.95, 0.9, 0.9, 1.0, 1.25, 1.65];

    // Mon..Sun (DayOfWeek order is Sun..Sat; mapped below).
    private static readonly double[] WeekdayFactors = [0.9, 0.85, 0.9, 0.95, 1.1, 1.35, 0.95];

    private readonly double[] _cumulative;

    public SeasonalTime(DateOnly start, int days, bool seasonal)
    {
        var monthMean = MonthFactors.Average();
        var weekMean = WeekdayFactors.Average();
        Factors = new double[days];
        _cumulative = new double[days + 1];
        for (var d = 0; d < days; d++)
        {
            var date = start.AddDays(d);
            var dow = ((int)date.DayOfWeek + 6) % 7;
            Factors[d] = seasonal ? MonthFactors[date.Month - 1] / monthMean * (WeekdayFactors[dow] / weekMean) : 1.0;
            _cumulative[d + 1] = _cumulative[d] + (Factors[d] / 7.0);
        }
    }

    /// <summary>Month factors used (normalised), for the ground truth.</summary>
    public static IReadOnlyList<double> MonthFactorsNormalised => [.. MonthFactors.Select(f => f / MonthFactors.Average())];

    /// <summary>Weekday factors Monday..Sunday (normalised), for the ground truth.</summary>
    public static IReadOnlyList<double> WeekdayFactorsNormalised => [.. WeekdayFactors.Select(f => f / WeekdayFactors.Average())];

    public double[] Factors { get; }

    /// <summary>Operational time at a fraction of a day.</summary>
    public double At(int day, double fraction) => _cumulative[day] + (fraction * Factors[day] / 7.0);

    /// <summary>The day on which operational time <paramref name="op"/> falls, or -1 past the end.</summary>
    public int DayOf(double op)
    {
        if (op >= _cumulative[^1])
        {
            return -1;
        }

        var i = Array.BinarySearch(_cumulative, op);
        return i >= 0 ? i : ~i - 1;
    }
}
