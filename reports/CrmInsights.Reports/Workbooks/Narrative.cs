using System.Globalization;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

/// <summary>
/// Plain sentences on what moved most, for the Summary sheet and the email. A KPI is cited only when both months
/// have a value (an unknown is never an improvement), neither rests on fewer than its minimum n, and the change is
/// unlikely to be chance (two-sided p below <see cref="SignificanceLevel"/>; <see cref="ChangeSignificance"/>).
/// Movers are ranked by that unlikeliness, not by % change; rates move in points, never in % of themselves.
/// </summary>
public static class Narrative
{
    /// <summary>The two-sided p-value below which a change is reported as a move.</summary>
    public const double SignificanceLevel = 0.05;

    private const int MaxMovers = 3;

    /// <summary>Up to three least-likely-by-chance movers against the previous month, the small samples left out, then the target tally.</summary>
    public static IReadOnlyList<string> Sentences(KpiPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var sentences = new List<string>();
        var movers = pack.Headlines
            .Where(h => h.ChangeZ is { } z && ChangeSignificance.PValue(z) < SignificanceLevel && h.ChangeVsPrevious is { } c && c != 0)
            .OrderByDescending(h => Math.Abs(h.ChangeZ!.Value))
            .ThenBy(h => h.Key, StringComparer.Ordinal)
            .Take(MaxMovers);
        foreach (var h in movers)
        {
            sentences.Add(Mover(h, pack));
        }
        if (sentences.Count == 0)
        {
            sentences.Add(string.Create(CultureInfo.InvariantCulture,
                $"No headline KPI moved by more than chance explains against {pack.Period.Previous.DisplayName} (two-sided test at {SignificanceLevel * 100:0} %)."));
        }
        var small = pack.Headlines.Where(h => h.IsSmallSample && h.Sample is not null).ToList();
        if (small.Count > 0)
        {
            sentences.Add("Too few to interpret this month (below the minimum sample, not cited): "
                + string.Join(", ", small.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Name} ({h.Sample!.N:#,##0} of {h.Sample.Minimum:#,##0} {h.Sample.Noun})"))) + ".");
        }
        var withTarget = pack.Headlines.Where(h => h.Status is TargetStatus.OnTrack or TargetStatus.OffTrack).ToList();
        if (withTarget.Count > 0)
        {
            var off = withTarget.Where(h => h.Status == TargetStatus.OffTrack).Select(h => h.Name).ToList();
            sentences.Add(off.Count == 0
                ? $"All {withTarget.Count} KPIs with a target are on track."
                : $"{withTarget.Count - off.Count} of {withTarget.Count} KPIs with a target are on track; off track: {string.Join(", ", off)}.");
        }
        return sentences;
    }

    /// <summary>"Retention rate fell 2.1 pts to 95.3% (from 97.4% in November 2025; 1,172 customers), a deterioration unlikely to be chance (p = 0.003)."</summary>
    private static string Mover(HeadlineKpi h, KpiPack pack)
    {
        var change = h.ChangeVsPrevious!.Value;
        var rose = change > 0;
        var good = rose == h.HigherIsBetter;
        var p = ChangeSignificance.PValue(h.ChangeZ!.Value);
        var n = h.Sample is { } s ? string.Create(CultureInfo.InvariantCulture, $"; {s.N:#,##0} {s.Noun}") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{h.Name} {(rose ? "rose" : "fell")} {Size(h, Math.Abs(change), pack.Currency)} to {UnitFormat.Text(h.Current, h.Unit, pack.Currency)} " +
            $"(from {UnitFormat.Text(h.Previous, h.Unit, pack.Currency)} in {pack.Period.Previous.DisplayName}{n}), " +
            $"{(good ? "an improvement" : "a deterioration")} unlikely to be chance ({(p < 0.001 ? "p < 0.001" : $"p = {p:0.000}")}).");
    }

    /// <summary>How big a change is: points for rates and scores, % (and the count) for counts.</summary>
    private static string Size(HeadlineKpi h, decimal change, string currency) => h.Unit switch
    {
        KpiUnit.Percent => (change * 100).ToString("0.0", CultureInfo.InvariantCulture) + " pts",
        KpiUnit.Score => change.ToString("0.0", CultureInfo.InvariantCulture) + " points",
        KpiUnit.Count when h.Previous is { } p && p != 0 =>
            string.Create(CultureInfo.InvariantCulture, $"{change / Math.Abs(p) * 100:0.0}% ({change:#,##0})"),
        _ => UnitFormat.Text(change, h.Unit, currency),
    };
}
