using CrmInsights.Reports.Model;
using ScottPlot;

namespace CrmInsights.Reports.Charts;

/// <summary>
/// Renders a pack's charts with ScottPlot at a fixed size and font, so the same pack always
/// gives the same pixels. Sizes and fonts are chosen to stay readable at the ~720 px width
/// the workbook and the email show them at.
/// </summary>
public static partial class ChartRenderer
{
    /// <summary>Rendered width in pixels.</summary>
    public const int Width = 1000;

    /// <summary>Rendered height in pixels.</summary>
    public const int Height = 520;

    /// <summary>The font every chart uses (fonts-dejavu-core on Linux).</summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>Renders every chart the pack has data for, in workbook order.</summary>
    public static IReadOnlyList<ChartImage> RenderAll(KpiPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var charts = new List<ChartImage>();
        foreach (var trend in pack.Trends.Where(t => t.Points.Count > 1))
        {
            charts.Add(Trend(trend, pack.Currency));
        }
        if (pack.Nps is { Total: > 0 } nps)
        {
            charts.Add(NpsDistributionChart(nps, pack.Period, Headline(pack, "nps")));
        }
        if (pack.Pareto.Count > 1)
        {
            charts.Add(ParetoCurve(pack.Pareto, Headline(pack, "pareto_top20_share")));
        }
        if (pack.Cohorts.Count > 0)
        {
            charts.Add(CohortHeatmap(pack.Cohorts));
        }
        if (pack.Rfm.Count > 0)
        {
            charts.Add(SegmentSizes(pack.Rfm));
            charts.Add(SegmentValue(pack.Rfm, pack.Currency));
        }
        if (pack.EmailFunnel.Count > 0)
        {
            charts.Add(EmailFunnelChart(pack.EmailFunnel, pack.Period));
        }
        return charts;
    }

    /// <summary>
    /// The two charts the Summary and the e-mail show: the net revenue trend (else the first trend) and the NPS
    /// distribution (else the e-mail funnel).
    /// </summary>
    public static IReadOnlyList<ChartImage> HeadlineCharts(IReadOnlyList<ChartImage> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var first = charts.FirstOrDefault(c => c.Key == "trend-net_revenue") ?? charts.FirstOrDefault(c => c.Key.StartsWith("trend-", StringComparison.Ordinal));
        var second = charts.FirstOrDefault(c => c.Key == "nps") ?? charts.FirstOrDefault(c => c.Key == "email-funnel");
        return new[] { first, second }.OfType<ChartImage>().ToList();
    }

    private static decimal? Headline(KpiPack pack, string key) => pack.Headlines.FirstOrDefault(h => h.Key == key)?.Current;

    private static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title, 24);
        plot.XLabel(xLabel, 18);
        plot.YLabel(yLabel, 18);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 15;
        plot.Axes.Left.TickLabelStyle.FontSize = 15;
        return plot;
    }

    private static byte[] Png(Plot plot) => plot.GetImageBytes(Width, Height, ImageFormat.Png);

    private static string UnitLabel(KpiUnit unit, string currency) => unit switch
    {
        KpiUnit.Currency => $"{currency.ToUpperInvariant()} ({UnitFormat.CurrencySymbol(currency).Trim()})",
        KpiUnit.Percent => "%",
        KpiUnit.Count => "count",
        KpiUnit.Days => "days",
        KpiUnit.Ratio => "ratio",
        _ => "score",
    };
}
