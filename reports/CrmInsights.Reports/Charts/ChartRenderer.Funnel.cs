using System.Globalization;
using CrmInsights.Reports.Model;
using ScottPlot;

namespace CrmInsights.Reports.Charts;

public static partial class ChartRenderer
{
    /// <summary>
    /// The email funnel as bars, each labelled with its count and its rate on one base, as on the Summary: delivered
    /// as a share of sent, every later stage as a share of delivered.
    /// </summary>
    public static ChartImage EmailFunnelChart(IReadOnlyList<FunnelStage> stages, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var title = $"Email funnel, {period.DisplayName} (rates of delivered)";
        var plot = NewPlot(title, "Stage", "Emails / people (count)");
        var bars = stages.Select((s, i) => new Bar
        {
            Position = i,
            Value = s.Count,
            FillColor = Colors.SteelBlue,
            Label = FunnelRate(stages, s) is { } rate
                ? string.Create(CultureInfo.InvariantCulture, $"{s.Count:#,##0} ({UnitFormat.Text(rate, KpiUnit.Percent, "")})")
                : s.Count.ToString("#,##0", CultureInfo.InvariantCulture),
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, stages.Count).Select(i => (double)i).ToArray(), stages.Select(s => s.Name).ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.15);
        return new ChartImage("email-funnel", title, "Engagement", Png(plot));
    }

    /// <summary>
    /// A stage's rate on the funnel's one base: the first stage has none, the second (delivered) is a share of the
    /// first (sent), later stages are shares of the second; null when the base is zero.
    /// </summary>
    public static decimal? FunnelRate(IReadOnlyList<FunnelStage> stages, FunnelStage stage)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var index = stages.ToList().IndexOf(stage);
        if (index <= 0)
        {
            return null;
        }
        var denominator = stages[index == 1 ? 0 : 1].Count;
        return denominator == 0 ? null : Math.Round((decimal)stage.Count / denominator, 4);
    }

    /// <summary>The name of the stage <see cref="FunnelRate"/> divides by, lower case ("sent", "delivered"); empty for the first stage.</summary>
    public static string FunnelBase(IReadOnlyList<FunnelStage> stages, FunnelStage stage)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var index = stages.ToList().IndexOf(stage);
        return index <= 0 ? "" : "of " + stages[index == 1 ? 0 : 1].Name.ToLowerInvariant();
    }
}
