using CrmInsights.Reports.Charts;
using CrmInsights.Reports.Model;
using CrmInsights.Reports.Tests.Support;

namespace CrmInsights.Reports.Tests.Charts;

public sealed class ChartRendererTests
{
    [Fact]
    public void RenderAll_SamplePack_RendersEveryChartAsPngOfFixedSize()
    {
        var charts = ChartRenderer.RenderAll(SamplePacks.Build(ReportSlice.All));
        Assert.Equal(
            ["trend-net_revenue", "trend-nps", "trend-retention_rate", "nps", "pareto", "cohorts", "segment-sizes", "segment-value", "email-funnel"],
            charts.Select(c => c.Key).ToArray());
        foreach (var chart in charts)
        {
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, chart.Png[..4]);
            var width = (chart.Png[16] << 24) | (chart.Png[17] << 16) | (chart.Png[18] << 8) | chart.Png[19];
            var height = (chart.Png[20] << 24) | (chart.Png[21] << 16) | (chart.Png[22] << 8) | chart.Png[23];
            Assert.Equal((ChartRenderer.Width, ChartRenderer.Height), (width, height));
            Assert.True(chart.Png.Length > 10_000, $"{chart.Key} looks empty ({chart.Png.Length} bytes)");
        }
    }

    [Fact]
    public void RenderAll_WithEnvDump_WritesPngsForManualReview()
    {
        // Set CRMI_CHART_DUMP=/some/dir to look at the charts by eye; otherwise this only renders.
        var dump = Environment.GetEnvironmentVariable("CRMI_CHART_DUMP");
        var charts = ChartRenderer.RenderAll(SamplePacks.Build(ReportSlice.Store("S001")));
        Assert.NotEmpty(charts);
        if (!string.IsNullOrEmpty(dump))
        {
            Directory.CreateDirectory(dump);
            foreach (var c in charts)
            {
                File.WriteAllBytes(Path.Combine(dump, c.Key + ".png"), c.Png);
            }
        }
    }

    [Fact]
    public void Render_SameInput_SamePixels()
    {
        var pack = SamplePacks.Build(ReportSlice.All);
        Assert.Equal(ChartRenderer.NpsDistributionChart(pack.Nps!, pack.Period).Png, ChartRenderer.NpsDistributionChart(pack.Nps!, pack.Period).Png);
    }

    [Fact]
    public void Titles_CarryTheNumbers()
    {
        var pack = SamplePacks.Build(ReportSlice.All);
        Assert.Equal("NPS distribution, March 2025: NPS 38.0 from 250 answers", ChartRenderer.NpsDistributionChart(pack.Nps!, pack.Period).Title);
        Assert.StartsWith("Pareto curve: top 20% of customers bring 38.8% of revenue", ChartRenderer.ParetoCurve(pack.Pareto).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_StateTheSheetsNumbers_NotARecomputedOne()
    {
        var pack = SamplePacks.Build(ReportSlice.All);
        // The sheets show the mart's 52.9 %; the curve alone would interpolate something else.
        Assert.Equal("Pareto curve: top 20% of customers bring 52.9% of revenue", ChartRenderer.ParetoCurve(pack.Pareto, 0.5288m).Title);
        Assert.Equal("NPS distribution, March 2025: NPS 37.5 from 250 answers", ChartRenderer.NpsDistributionChart(pack.Nps!, pack.Period, 37.5m).Title);
        var revenue = ChartRenderer.Trend(pack.Trends[0], "GBP");
        Assert.StartsWith("Net revenue: £703.7k in March 2025", revenue.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(24, new[] { 2, 5, 8, 11, 14, 17, 20, 23 })]
    [InlineData(13, new[] { 0, 2, 4, 6, 8, 10, 12 })]
    [InlineData(5, new[] { 0, 1, 2, 3, 4 })]
    public void TrendTicks_EndOnTheReportMonth_WithEvenSpacing(int months, int[] expected)
    {
        // Before, the last month was added after a stepped sequence: "Nov 25Dec 25" printed on top of each other.
        var ticks = ChartRenderer.TickIndexes(months);
        Assert.Equal(expected, ticks);
        Assert.All(ticks.Zip(ticks.Skip(1)), p => Assert.Equal(ticks.Length > 1 ? ticks[1] - ticks[0] : 1, p.Second - p.First));
    }

    [Fact]
    public void Funnel_RatesAreOfDelivered_AsOnTheSummary()
    {
        var stages = SamplePacks.Build(ReportSlice.All).EmailFunnel;
        Assert.Equal(0.97m, ChartRenderer.FunnelRate(stages, stages[1]));            // delivered of sent
        Assert.Equal(Math.Round(4_100m / 19_400m, 4), ChartRenderer.FunnelRate(stages, stages[2])); // opened of delivered
        Assert.Equal("of delivered", ChartRenderer.FunnelBase(stages, stages[3]));
        Assert.Contains("rates of delivered", ChartRenderer.EmailFunnelChart(stages, SamplePacks.Period).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void RevenueShareAt_Interpolates()
    {
        var points = new[] { new ParetoPoint(0.1m, 0.5m), new ParetoPoint(0.3m, 0.7m), new ParetoPoint(1m, 1m) };
        Assert.Equal(0.6m, ChartRenderer.RevenueShareAt(points, 0.2m));
        Assert.Equal(0.25m, ChartRenderer.RevenueShareAt(points, 0.05m));
    }
}
