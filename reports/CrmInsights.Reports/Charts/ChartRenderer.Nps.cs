using System.Globalization;
using CrmInsights.Reports.Model;
using ScottPlot;

namespace CrmInsights.Reports.Charts;

public static partial class ChartRenderer
{
    /// <summary>Answers per score 0..10, detractors red, passives grey, promoters green.</summary>
    /// <remarks>The title's NPS is <paramref name="headlineNps"/> (the Summary's value) when given, so chart and sheet agree.</remarks>
    public static ChartImage NpsDistributionChart(NpsDistribution nps, ReportPeriod period, decimal? headlineNps = null)
    {
        ArgumentNullException.ThrowIfNull(nps);
        var title = string.Create(CultureInfo.InvariantCulture,
            $"NPS distribution, {period.DisplayName}: NPS {UnitFormat.Text(headlineNps ?? nps.Nps, KpiUnit.Score, "")} from {nps.Total:#,##0} answers");
        var plot = NewPlot(title, "Likelihood to recommend (0 = not at all, 10 = extremely)", "Answers (count)");
        var bars = new List<Bar>();
        for (var score = 0; score <= 10; score++)
        {
            bars.Add(new Bar
            {
                Position = score,
                Value = nps.Counts[score],
                FillColor = score <= 6 ? Colors.FireBrick : score <= 8 ? Colors.Gray : Colors.SeaGreen,
                Label = nps.Counts[score].ToString("#,##0", CultureInfo.InvariantCulture),
            });
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, 11).Select(i => (double)i).ToArray(),
            Enumerable.Range(0, 11).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.2);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Detractors (0–6)", FillColor = Colors.FireBrick });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Passives (7–8)", FillColor = Colors.Gray });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Promoters (9–10)", FillColor = Colors.SeaGreen });
        plot.Legend.FontSize = 14;
        plot.ShowLegend(Alignment.UpperLeft);
        return new ChartImage("nps", title, "Satisfaction", Png(plot));
    }
}
