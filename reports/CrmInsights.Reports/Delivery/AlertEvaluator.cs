using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Delivery;

/// <summary>Turns a definition's thresholds into alert sentences for one pack.</summary>
public static class AlertEvaluator
{
    /// <summary>One sentence per crossed threshold, e.g. "NPS is 30.0, below 35.0".</summary>
    public static IReadOnlyList<string> Evaluate(KpiPack pack, IEnumerable<AlertThreshold> thresholds)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(thresholds);
        var alerts = new List<string>();
        foreach (var t in thresholds)
        {
            var kpi = pack.Headlines.FirstOrDefault(h => string.Equals(h.Key, t.Kpi, StringComparison.OrdinalIgnoreCase));
            if (kpi?.Current is not { } value)
            {
                continue;
            }
            if (t.Below is { } below && value < below)
            {
                alerts.Add($"{kpi.Name} is {UnitFormat.Text(value, kpi.Unit, pack.Currency)}, below {UnitFormat.Text(below, kpi.Unit, pack.Currency)}");
            }
            if (t.Above is { } above && value > above)
            {
                alerts.Add($"{kpi.Name} is {UnitFormat.Text(value, kpi.Unit, pack.Currency)}, above {UnitFormat.Text(above, kpi.Unit, pack.Currency)}");
            }
        }
        return alerts;
    }
}
