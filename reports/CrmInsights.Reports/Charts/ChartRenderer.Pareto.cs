using System.Globalization;
using CrmInsights.Reports.Model;
using ScottPlot;

namespace CrmInsights.Reports.Charts;

public static partial class ChartRenderer
{
    /// <summary>
    /// Cumulative revenue share against cumulative customer share, with the 20 % line marked. The title states
    /// <paramref name="topFifthShare"/> (the headline from mart.ProfitabilityPareto, as the sheets show it) when
    /// given, so chart and sheet never disagree; else the curve's own value at 20 %.
    /// </summary>
    public static ChartImage ParetoCurve(IReadOnlyList<ParetoPoint> points, decimal? topFifthShare = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        var ordered = points.OrderBy(p => p.CustomerShare).ToList();
        var top20 = topFifthShare ?? RevenueShareAt(ordered, 0.2m);
        var title = $"Pareto curve: top 20% of customers bring {UnitFormat.Text(top20, KpiUnit.Percent, "")} of revenue";
        var plot = NewPlot(title, "Customers, best first (cumulative %)", "Net revenue (cumulative %)");
        var xs = ordered.Select(p => (double)p.CustomerShare * 100).Prepend(0.0).ToArray();
        var ys = ordered.Select(p => (double)p.RevenueShare * 100).Prepend(0.0).ToArray();
        var curve = plot.Add.Scatter(xs, ys);
        curve.LineWidth = 3;
        curve.MarkerSize = 0;
        var equal = plot.Add.Line(0, 0, 100, 100);
        equal.LineColor = Colors.Gray;
        equal.LinePattern = LinePattern.Dashed;
        var marker = plot.Add.VerticalLine(20);
        marker.LineColor = Colors.FireBrick;
        marker.LinePattern = LinePattern.Dotted;
        plot.Axes.SetLimits(0, 100, 0, 100);
        return new ChartImage("pareto", title, "Profitability", Png(plot));
    }

    /// <summary>Linear interpolation of the revenue share at a customer share.</summary>
    public static decimal RevenueShareAt(IReadOnlyList<ParetoPoint> ordered, decimal customerShare)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var prev = new ParetoPoint(0, 0);
        foreach (var p in ordered)
        {
            if (p.CustomerShare >= customerShare)
            {
                var span = p.CustomerShare - prev.CustomerShare;
                return span == 0 ? p.RevenueShare : prev.RevenueShare + (p.RevenueShare - prev.RevenueShare) * (customerShare - prev.CustomerShare) / span;
            }
            prev = p;
        }
        return prev.RevenueShare;
    }
}
