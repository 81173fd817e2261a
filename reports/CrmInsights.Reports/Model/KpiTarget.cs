using System.Globalization;

namespace CrmInsights.Reports.Model;

/// <summary>
/// A KPI's target in a report definition (<c>Reports:Definitions:N:Targets:KEY</c>): exactly one of a fixed
/// value, a change against the same month last year on the KPI's own scale, or a growth against it.
/// </summary>
public sealed class KpiTarget
{
    /// <summary>A fixed target on the KPI's own scale (rates as fractions: 0.8 = 80 %; NPS 40).</summary>
    public decimal? Value { get; set; }

    /// <summary>Last year's value plus this, on the KPI's own scale (0.01 = +1 pt for a rate; 5 = +5 NPS points).</summary>
    public decimal? ChangeVsLastYear { get; set; }

    /// <summary>Last year's value times (1 + this): 0.05 = 5 % above the same month last year.</summary>
    public decimal? GrowthVsLastYear { get; set; }

    /// <summary>How many of the three forms are set (exactly one is valid).</summary>
    public int FormsSet => (Value is null ? 0 : 1) + (ChangeVsLastYear is null ? 0 : 1) + (GrowthVsLastYear is null ? 0 : 1);

    /// <summary>A fixed target.</summary>
    public static KpiTarget Fixed(decimal value) => new() { Value = value };

    /// <summary>Last year plus a change.</summary>
    public static KpiTarget Change(decimal change) => new() { ChangeVsLastYear = change };

    /// <summary>Last year times (1 + growth).</summary>
    public static KpiTarget Growth(decimal growth) => new() { GrowthVsLastYear = growth };

    /// <summary>
    /// The target value for a KPI and how it was set; null value when it depends on a last-year value the
    /// KPI does not have (then the status is "no target", never a guess).
    /// </summary>
    public (decimal? Value, string Basis) Resolve(HeadlineKpi kpi, string currency)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        if (Value is { } v)
        {
            return (v, "fixed");
        }
        var lastYear = kpi.SamePeriodLastYear;
        if (ChangeVsLastYear is { } c)
        {
            var basis = c == 0 ? "last year" : "last year " + UnitFormat.Change(c, kpi.Unit, currency);
            return (lastYear + c, lastYear is null ? basis + " (no last-year value)" : basis);
        }
        var g = GrowthVsLastYear ?? 0;
        var growthBasis = g == 0 ? "last year" : "last year " + UnitFormat.Relative(g, g * 100 % 1 == 0 ? 0 : 1);
        return (lastYear * (1 + g), lastYear is null ? growthBasis + " (no last-year value)" : growthBasis);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Value={Value}, ChangeVsLastYear={ChangeVsLastYear}, GrowthVsLastYear={GrowthVsLastYear}");
}
