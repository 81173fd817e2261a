using CrmInsights.Reports.Delivery;
using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Tests.Model;

/// <summary>Statuses follow the configured targets: each case worked by hand.</summary>
public sealed class KpiTargetTests
{
    private static HeadlineKpi Kpi(string key, KpiUnit unit, bool higherIsBetter, decimal? current, decimal? lastYear) =>
        new(key, key, KpiFamily.Loyalty, unit, higherIsBetter, current, null, lastYear);

    private static HeadlineKpi Judge(HeadlineKpi kpi, KpiTarget target) =>
        new KpiPack
        {
            ReportName = "r", Period = new ReportPeriod(2025, 12), Slice = ReportSlice.All, GeneratedAt = DateTimeOffset.UnixEpoch, Headlines = [kpi],
        }.WithTargets(new Dictionary<string, KpiTarget> { [kpi.Key] = target }).Headlines[0];

    [Theory]
    // Net revenue last year 100,000; growth +5 % → target 105,000.
    [InlineData(104_999.99, TargetStatus.OffTrack)]
    [InlineData(105_000, TargetStatus.OnTrack)]
    public void Growth_VsLastYear_TargetIsLastYearTimesOnePlusGrowth(double current, TargetStatus expected)
    {
        var h = Judge(Kpi("net_revenue", KpiUnit.Currency, true, (decimal)current, 100_000m), KpiTarget.Growth(0.05m));
        Assert.Equal(105_000m, h.Target);
        Assert.Equal("last year +5%", h.TargetBasis);
        Assert.Equal(expected, h.Status);
    }

    [Theory]
    // Complaints per 1,000 orders, lower is better; hold last year's 3.0: 2.5 is on track, 3.5 is not, 3.0 is.
    [InlineData(2.5, TargetStatus.OnTrack)]
    [InlineData(3.0, TargetStatus.OnTrack)]
    [InlineData(3.5, TargetStatus.OffTrack)]
    public void Change_VsLastYear_LowerIsBetter(double current, TargetStatus expected)
    {
        var h = Judge(Kpi("complaints_per_1000_orders", KpiUnit.Ratio, false, (decimal)current, 3.0m), KpiTarget.Change(0m));
        Assert.Equal(3.0m, h.Target);
        Assert.Equal("last year", h.TargetBasis);
        Assert.Equal(expected, h.Status);
    }

    [Fact]
    public void Change_InPoints_ForARate()
    {
        // Retention 45.0 % last year, +2 pts wanted → 47.0 %; 46.9 % misses.
        var h = Judge(Kpi("retention_rate", KpiUnit.Percent, true, 0.469m, 0.45m), KpiTarget.Change(0.02m));
        Assert.Equal(0.47m, h.Target);
        Assert.Equal("last year +2.0 pts", h.TargetBasis);
        Assert.Equal(TargetStatus.OffTrack, h.Status);
    }

    [Fact]
    public void Fixed_Target_IgnoresLastYear()
    {
        var h = Judge(Kpi("csat", KpiUnit.Percent, true, 0.81m, null), KpiTarget.Fixed(0.80m));
        Assert.Equal((0.80m, "fixed", TargetStatus.OnTrack), (h.Target, h.TargetBasis, h.Status));
    }

    [Fact]
    public void LastYearTarget_WithoutLastYear_IsNoTarget_NeverAGuess()
    {
        var h = Judge(Kpi("aov", KpiUnit.Currency, true, 45.53m, null), KpiTarget.Growth(0m));
        Assert.Null(h.Target);
        Assert.Equal(TargetStatus.NoTarget, h.Status);
        Assert.Equal("last year (no last-year value)", h.TargetBasis);
    }

    [Fact]
    public void SmallSample_GetsNoVerdict_EvenWhenItWouldBeOnTrack()
    {
        var h = Judge(Kpi("nps", KpiUnit.Score, true, 60m, 50m) with { Sample = new SampleSize(SampleKind.Answers, 12, 30) }, KpiTarget.Fixed(40m));
        Assert.Equal(TargetStatus.SmallSample, h.Status);
        Assert.Equal("⚠ Small sample", StatusStyle.Text(h.Status));
    }

    [Fact]
    public void NoValue_WithTarget_IsNoData()
    {
        Assert.Equal(TargetStatus.NoData, Judge(Kpi("nps", KpiUnit.Score, true, null, 50m), KpiTarget.Fixed(40m)).Status);
    }

    [Fact]
    public void DefinitionTargets_WinOverTheGlobalOnes()
    {
        var pack = new KpiPack
        {
            ReportName = "r", Period = new ReportPeriod(2025, 12), Slice = ReportSlice.All, GeneratedAt = DateTimeOffset.UnixEpoch,
            Headlines = [Kpi("nps", KpiUnit.Score, true, 45m, 50m)],
        };
        var judged = pack.WithTargets(new Dictionary<string, decimal> { ["nps"] = 40m })
            .WithTargets(new Dictionary<string, KpiTarget> { ["NPS"] = KpiTarget.Change(0m) }).Headlines[0];
        Assert.Equal((50m, TargetStatus.OffTrack), (judged.Target, judged.Status));
    }

    [Fact]
    public void BuiltInReport_HasATargetForEveryDefaultScorecardKpi_AndOnlyHeadOffice()
    {
        var builtIn = BuiltInReports.Default();
        Assert.All(Scorecard.DefaultKeys, k => Assert.True(builtIn.Targets.ContainsKey(k), k));
        Assert.Equal(ReportSlice.All, Assert.Single(builtIn.Recipients).Slice);
        Assert.Equal(12, Scorecard.DefaultKeys.Count);
    }

    [Fact]
    public void DemoRecipients_AreAddedToTheBuiltInReportOnly()
    {
        var builtIn = new ReportsOptions { Definitions = [BuiltInReports.Default()] };
        Assert.True(BuiltInReports.AddDemoRecipients(builtIn));
        Assert.Equal(["All stores", "Region London", "Store S001"], builtIn.Definitions[0].Recipients.Select(r => r.Slice.Description));

        var configured = new ReportsOptions { Definitions = [new() { Name = "crm-monthly", Owner = "o@example.com", Recipients = [new() { Email = "a@example.com" }] }] };
        Assert.False(BuiltInReports.AddDemoRecipients(configured));
        Assert.Single(configured.Definitions[0].Recipients);
    }
}
