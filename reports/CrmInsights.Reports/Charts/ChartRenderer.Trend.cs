using System.Globalization;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Charts;

public static partial class ChartRenderer
{
    /// <summary>A monthly line of one KPI with month labels on the x axis.</summary>
    public static ChartImage Trend(TrendSeries series, string currency)
    {
        ArgumentNullException.ThrowIfNull(series);
        var scale = series.Unit == KpiUnit.Percent ? 100.0 : 1.0;
        var xs = Enumerable.Range(0, series.Points.Count).Select(i => (double)i).ToArray();
        var ys = series.Points.Select(p => (double)p.Value * scale).ToArray();
        var first = series.Points[0].Month;
        var last = series.Points[^1].Month;
        var title = $"{series.Name}, {first.DisplayName} – {last.DisplayName}";
        var plot = NewPlot(title, "Month", $"{series.Name} ({UnitLabel(series.Unit, currency)})");
        var line = plot.Add.Scatter(xs, ys);
        line.LineWidth = 3;
        line.MarkerSize = 8;
        // One label every 1–3 months keeps 24 labels from colliding at this width.
        var step = series.Points.Count > 16 ? 3 : series.Points.Count > 8 ? 2 : 1;
        var ticks = Enumerable.Range(0, series.Points.Count).Where(i => i % step == 0 || i == series.Points.Count - 1).ToArray();
        plot.Axes.Bottom.SetTicks(
            ticks.Select(i => (double)i).ToArray(),
            ticks.Select(i => series.Points[i].Month.Start.ToString("MMM yy", CultureInfo.InvariantCulture)).ToArray());
        return new ChartImage("trend-" + SafeName.For(series.Key), title, series.Family.ToString(), Png(plot));
    }
}
