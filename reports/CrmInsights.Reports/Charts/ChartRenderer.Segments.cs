using System.Globalization;
using CrmInsights.Reports.Model;
using ScottPlot;

namespace CrmInsights.Reports.Charts;

public static partial class ChartRenderer
{
    /// <summary>Customers per RFM segment, largest first.</summary>
    public static ChartImage SegmentSizes(IReadOnlyList<RfmCell> cells)
    {
        var segments = Segments(cells).OrderByDescending(s => s.Customers).ToList();
        const string title = "RFM segment sizes";
        var plot = NewPlot(title, "Customers (count)", "");
        LabelledBars(plot, segments.Select(s => s.Segment).ToList(), segments.Select(s => (double)s.Customers).ToList(),
            v => v.ToString("#,##0", CultureInfo.InvariantCulture));
        return new ChartImage("segment-sizes", title, "Segments", Png(plot));
    }

    /// <summary>Net revenue per RFM segment, largest first.</summary>
    public static ChartImage SegmentValue(IReadOnlyList<RfmCell> cells, string currency)
    {
        var segments = Segments(cells).OrderByDescending(s => s.Revenue).ToList();
        const string title = "RFM segment value: net revenue, trailing 12 months";
        var plot = NewPlot(title, $"Net revenue ({UnitLabel(KpiUnit.Currency, currency)})", "");
        LabelledBars(plot, segments.Select(s => s.Segment).ToList(), segments.Select(s => (double)s.Revenue).ToList(),
            v => UnitFormat.Text((decimal)v, KpiUnit.Currency, currency));
        return new ChartImage("segment-value", title, "Segments", Png(plot));
    }

    /// <summary>Sums the grid per segment.</summary>
    public static IReadOnlyList<(string Segment, int Customers, decimal Revenue)> Segments(IReadOnlyList<RfmCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return cells.GroupBy(c => c.Segment, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(c => c.Customers), g.Sum(c => c.Revenue)))
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static void LabelledBars(Plot plot, List<string> names, List<double> values, Func<double, string> label)
    {
        // Horizontal bars, largest at the top, names on the left axis: ScottPlot sizes that axis to the longest
        // name, so no segment name is clipped or rotated under the axis title whatever its length.
        var count = names.Count;
        var bars = values.Select((v, i) => new Bar
        {
            Position = count - 1 - i,
            Value = v,
            Label = label(v),
            FillColor = Colors.SteelBlue,
            Orientation = Orientation.Horizontal,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 13;
        plot.Axes.Left.SetTicks(Enumerable.Range(0, count).Select(i => (double)(count - 1 - i)).ToArray(), names.ToArray());
        plot.Axes.Left.Label.Text = "";
        plot.Axes.Margins(left: 0, right: 0.18);
        // Room on the right for the last x tick label ("100,000"), which is centred on the plot's edge.
        plot.Axes.Right.MinimumSize = 45;
    }
}
