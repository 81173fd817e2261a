using System.Globalization;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Workbooks;

/// <summary>Plain sentences on what moved most, for the Summary sheet and the email.</summary>
public static class Narrative
{
    /// <summary>Up to three biggest relative movers against the previous month, then the target tally.</summary>
    public static IReadOnlyList<string> Sentences(KpiPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var sentences = new List<string>();
        var movers = pack.Headlines
            .Where(h => h.RelativeChangeVsPrevious is { } r && r != 0)
            .OrderByDescending(h => Math.Abs(h.RelativeChangeVsPrevious!.Value))
            .ThenBy(h => h.Key, StringComparer.Ordinal)
            .Take(3);
        foreach (var h in movers)
        {
            var rose = h.ChangeVsPrevious > 0;
            var good = rose == h.HigherIsBetter;
            sentences.Add(string.Create(CultureInfo.InvariantCulture,
                $"{h.Name} {(rose ? "rose" : "fell")} {Math.Abs(h.RelativeChangeVsPrevious!.Value) * 100:0.0}% to {UnitFormat.Text(h.Current, h.Unit, pack.Currency)} " +
                $"(from {UnitFormat.Text(h.Previous, h.Unit, pack.Currency)} in {pack.Period.Previous.DisplayName}), {(good ? "an improvement" : "a deterioration")}."));
        }
        if (sentences.Count == 0)
        {
            sentences.Add($"No headline KPI changed against {pack.Period.Previous.DisplayName}.");
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
}
