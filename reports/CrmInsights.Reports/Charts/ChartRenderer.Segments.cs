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
        var plot = NewPlot(title, "Segment", "Customers (count)");
        LabelledBars(plot, segments.Select(s => s.Segment).ToList(), segments.Select(s => (double)s.Customers).ToList(),
            v => v.ToString("#,##0", CultureInfo.InvariantCulture));
        return new ChartImage("segment-sizes", title, "Segments", Png(plot));
    }

    /// <summary>Net revenue per RFM segment, largest first.</summary>
    public static ChartImage SegmentValue(IReadOnlyList<RfmCell> cells, string currency)
    {
        var segments = Segments(cells).OrderByDescending(s => s.Revenue).ToList();
        const string title = "RFM segment value: net revenue, trailing 12 months";
        var plot = NewPlot(title, "Segment", $"Net revenue ({UnitLabel(KpiUnit.Currency, currency)})");
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
        // Vertical bars with names under them; segment names are short enough at 15 px.
        var bars = values.Select((v, i) => new Bar { Position = i, Value = v, Label = label(v), FillColor = Colors.SteelBlue }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 13;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, names.Count).Select(i => (double)i).ToArray(), names.ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = names.Count > 6 ? -30 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = names.Count > 6 ? Alignment.MiddleRight : Alignment.UpperCenter;
        plot.Axes.Margins(bottom: 0);
    }
}
