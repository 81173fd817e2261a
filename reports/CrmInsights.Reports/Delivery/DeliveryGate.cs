using System.Globalization;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Delivery;

/// <summary>
/// Holds a pack back while a data check at error level fails, a source is staler than its limit, or
/// the month is empty or not yet complete in the data; warnings do not block.
/// </summary>
public static class DeliveryGate
{
    /// <summary>Decides from the current data health; with a period, also whether the data covers that whole month.</summary>
    public static GateDecision Evaluate(DataHealth health, ReportPeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(health);
        var causes = period is { } p ? CoverageCauses(health, p).ToList() : [];
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

    /// <summary>
    /// Why the month cannot be reported from the data as loaded: no data at all, none in the month, or the
    /// month not yet complete (the newest data ends before the month does and nothing was loaded after it
    /// ended). Empty when it is covered or coverage was not read.
    /// </summary>
    public static IReadOnlyList<string> CoverageCauses(DataHealth health, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(health);
        if (health.Coverage is not { } coverage)
        {
            return [];
        }
        var ci = CultureInfo.InvariantCulture;
        if (coverage is not { First: { } first, Last: { } last })
        {
            return ["The warehouse holds no sales, survey, web or e-mail data yet (mart.DataRange is empty): load data first (crm-insights etl run)."];
        }
        if (last < period.Start || first > period.End)
        {
            return [string.Create(ci,
                $"No data in {period.DisplayName}: the warehouse covers {first:yyyy-MM-dd} to {last:yyyy-MM-dd}. Report a month in that range (--period yyyy-MM).")];
        }
        // A month whose newest fact is before its last day is complete once a load has run after the month ended
        // (a quiet last day is not missing data); before that, the loads may still be catching up.
        var closedAt = new DateTimeOffset(period.End.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (last < period.End && !health.Sources.Any(s => s.LastBatchAt >= closedAt))
        {
            return [string.Create(ci,
                $"{period.DisplayName} is not complete: the newest data is from {last:yyyy-MM-dd}, the month ends {period.End:yyyy-MM-dd} and no load has run since. The pack is built once the month's data is loaded.")];
        }
        return [];
    }
}
