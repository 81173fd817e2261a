namespace CrmInsights.Reports.Charts;

/// <summary>
/// A 12-month trend as eight-level block characters (▁▂▃▄▅▆▇█), one per month: text, so it sits in a cell
/// and renders the same in Excel, LibreOffice and e-mail, and never overlaps anything.
/// </summary>
public static class Sparkline
{
    private const string Levels = "▁▂▃▄▅▆▇█";

    /// <summary>Months a sparkline shows.</summary>
    public const int Months = 12;

    /// <summary>The last <see cref="Months"/> values scaled between their own minimum and maximum; empty for fewer than two values.</summary>
    public static string Text(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var last = values.TakeLast(Months).ToList();
        if (last.Count < 2)
        {
            return "";
        }
        var (min, max) = (last.Min(), last.Max());
        return string.Concat(last.Select(v => max == min ? Levels[3] : Levels[(int)Math.Round((v - min) / (max - min) * (Levels.Length - 1))]));
    }
}
