using System.Globalization;

namespace CrmInsights.Reports.Delivery;

/// <summary>
/// Holds a pack back while a data check at error level fails or a source is staler than its
/// limit; warnings do not block.
/// </summary>
public static class DeliveryGate
{
    /// <summary>Decides from the current data health.</summary>
    public static GateDecision Evaluate(DataHealth health)
    {
        ArgumentNullException.ThrowIfNull(health);
        var causes = new List<string>();
        foreach (var source in health.Sources.OrderBy(s => s.Source, StringComparer.Ordinal))
        {
            if (source.IsStale)
            {
                causes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Source '{source.Source}' is stale: newest data {source.FreshnessHours:0.0} h old, limit {source.FreshnessLimitHours:0.0} h."));
            }
            foreach (var check in source.CheckErrors.Order(StringComparer.Ordinal))
            {
                causes.Add($"Data check '{check}' on source '{source.Source}' fails at error level.");
            }
        }
        return new GateDecision(causes);
    }
}
