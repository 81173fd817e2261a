using System.Globalization;
using CrmInsights.Reports.Model;
using ScottPlot;

namespace CrmInsights.Reports.Charts;

public static partial class ChartRenderer
{
    /// <summary>The email funnel as bars, each labelled with its count and its share of the first stage.</summary>
    public static ChartImage EmailFunnelChart(IReadOnlyList<FunnelStage> stages, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var title = $"Email funnel, {period.DisplayName}";
        var plot = NewPlot(title, "Stage", "Emails / people (count)");
        var top = stages.Count > 0 && stages[0].Count > 0 ? stages[0].Count : 1;
        var bars = stages.Select((s, i) => new Bar
        {
            Position = i,
            Value = s.Count,
            FillColor = Colors.SteelBlue,
            Label = string.Create(CultureInfo.InvariantCulture, $"{s.Count:#,##0} ({100.0 * s.Count / top:0.0}%)"),
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, stages.Count).Select(i => (double)i).ToArray(), stages.Select(s => s.Name).ToArray());
        plot.Axes.Margins(bottom: 0);
        return new ChartImage("email-funnel", title, "Engagement", Png(plot));
    }
}
