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
        // The title states the latest value exactly as the sheets round it.
        var title = $"{series.Name}: {UnitFormat.Text(series.Points[^1].Value, series.Unit, currency)} in {last.DisplayName} (since {first.Start.ToString("MMM yyyy", CultureInfo.InvariantCulture)})";
        var plot = NewPlot(title, "Month", $"{series.Name} ({UnitLabel(series.Unit, currency)})");
        var line = plot.Add.Scatter(xs, ys);
        line.LineWidth = 3;
        line.MarkerSize = 8;
        var ticks = TickIndexes(series.Points.Count);
        plot.Axes.Bottom.SetTicks(
            ticks.Select(i => (double)i).ToArray(),
            ticks.Select(i => series.Points[i].Month.Start.ToString("MMM yy", CultureInfo.InvariantCulture)).ToArray());
        return new ChartImage("trend-" + SafeName.For(series.Key), title, series.Family.ToString(), Png(plot));
    }

    /// <summary>
    /// Which months get a label: one every 1–3 months keeps 24 labels from colliding at this width; counting back
    /// from the last month keeps the report month labelled without a neighbour squeezed next to it ("Nov 25Dec 25").
    /// </summary>
    internal static int[] TickIndexes(int count)
    {
        var step = count > 16 ? 3 : count > 8 ? 2 : 1;
        return Enumerable.Range(0, count).Where(i => (count - 1 - i) % step == 0).ToArray();
    }
}
