using System.Globalization;
using CrmInsights.Reports.Model;
using ScottPlot;

namespace CrmInsights.Reports.Charts;

public static partial class ChartRenderer
{
    /// <summary>The retention triangle as a heat map: cohort per row, months since first purchase per column.</summary>
    public static ChartImage CohortHeatmap(IReadOnlyList<CohortRow> cohorts)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        var columns = cohorts.Max(c => c.Retention.Count);
        var values = new double[cohorts.Count, columns];
        for (var r = 0; r < cohorts.Count; r++)
        {
            for (var k = 0; k < columns; k++)
            {
                values[r, k] = k < cohorts[r].Retention.Count ? (double)cohorts[r].Retention[k] * 100 : double.NaN;
            }
        }
        const string title = "Cohort retention: % of each first-purchase cohort active k months later";
        var plot = NewPlot(title, "Months since first purchase", "Cohort (first-purchase month)");
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.ManualRange = new ScottPlot.Range(0, 100);
        heatmap.NaNCellColor = Colors.White;
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "Retention (%)";
        bar.LabelStyle.FontSize = 16;
        // Heatmap row 0 is drawn at the top; cell centres sit on integer coordinates.
        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, cohorts.Count).Select(r => (double)(cohorts.Count - 1 - r)).ToArray(),
            cohorts.Select(c => c.Cohort.Start.ToString("MMM yy", CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, columns).Select(k => (double)k).ToArray(),
            Enumerable.Range(0, columns).Select(k => k.ToString(CultureInfo.InvariantCulture)).ToArray());
        if (cohorts.Count <= 13 && columns <= 13)
        {
            for (var r = 0; r < cohorts.Count; r++)
            {
                for (var k = 0; k < cohorts[r].Retention.Count; k++)
                {
                    var text = plot.Add.Text(values[r, k].ToString("0", CultureInfo.InvariantCulture), k, cohorts.Count - 1 - r);
                    text.LabelFontSize = 12;
                    text.LabelFontColor = values[r, k] > 60 ? Colors.Black : Colors.White;
                    text.LabelAlignment = Alignment.MiddleCenter;
                }
            }
        }
        return new ChartImage("cohorts", title, "Cohorts", Png(plot));
    }
}
