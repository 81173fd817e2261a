using CrmInsights.Reports.Model;

namespace CrmInsights.Reports.Tests.Model;

public sealed class KpiModelTests
{
    [Fact]
    public void Nps_CatalogReferenceValues()
    {
        var a = new int[11];
        a[10] = 2; a[9] = 1; a[4] = 1;
        Assert.Equal(50m, new NpsDistribution(a).Nps);
        Assert.Equal(-45.45m, new NpsDistribution(Enumerable.Repeat(1, 11).ToArray()).Nps);
        Assert.Null(new NpsDistribution(new int[11]).Nps);
        Assert.Throws<ArgumentException>(() => new NpsDistribution(new int[10]));
    }

    [Theory]
    [InlineData(true, 10, 9, TargetStatus.OnTrack)]
    [InlineData(true, 8, 9, TargetStatus.OffTrack)]
    [InlineData(false, 8, 9, TargetStatus.OnTrack)]
    [InlineData(false, 10, 9, TargetStatus.OffTrack)]
    public void HeadlineStatus_RespectsDirection(bool higherIsBetter, int current, int target, TargetStatus expected) =>
        Assert.Equal(expected, new HeadlineKpi("k", "K", KpiFamily.Loyalty, KpiUnit.Count, higherIsBetter, current, null, null, target).Status);

    [Fact]
    public void ReportPeriod_ParsesAndNavigates()
    {
        var p = ReportPeriod.Parse("2025-01");
        Assert.Equal("2024-12", p.Previous.ToString());
        Assert.Equal("2024-01", p.SameLastYear.ToString());
        Assert.Equal(new DateOnly(2025, 1, 31), p.End);
        Assert.Equal("January 2025", p.DisplayName);
        var ex = Assert.Throws<FormatException>(() => ReportPeriod.Parse("2025-13"));
        Assert.Contains("'2025-13'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Slice_IncludesAndFileKeyIsSafe()
    {
        Assert.True(ReportSlice.Region("North").Includes("S001", "north"));
        Assert.False(ReportSlice.Store("S001").Includes("S002", "North"));
        Assert.Equal("store-______etc", ReportSlice.Store("../../etc").FileKey);
        Assert.DoesNotContain("/", ReportSlice.Store("../../etc").FileKey, StringComparison.Ordinal);
        Assert.Equal(ReportSlice.Store("S1"), new ReportSlice(SliceKind.Store, "S1"));
    }

    [Fact]
    public void KpiDefinitions_ComeFromTheCatalog()
    {
        Assert.Contains(KpiDefinitions.All, d => d.Section == "Profitability" && d.Name == "AOV" && d.Definition == "net revenue / orders");
        Assert.True(KpiDefinitions.All.Count >= 39, $"only {KpiDefinitions.All.Count} definitions parsed");
    }

    [Fact]
    public void UnitFormat_TextAndChanges()
    {
        Assert.Equal("£1.2k", UnitFormat.Text(1234.5m, KpiUnit.Currency, "GBP"));
        Assert.Equal("£45.53", UnitFormat.Text(45.53m, KpiUnit.Currency, "GBP"));
        Assert.Equal("£53.2k", UnitFormat.Text(53_225m, KpiUnit.Currency, "GBP"));
        Assert.Equal("£1.0k", UnitFormat.Text(999.996m, KpiUnit.Currency, "GBP")); // rounds up into the £k scale, never "£1,000.00"
        Assert.Equal("$2.10", UnitFormat.Text(2.1m, KpiUnit.Currency, "USD"));
        Assert.Equal("0.0 pts", UnitFormat.Change(-0.0004m, KpiUnit.Percent, "GBP"));
        Assert.Equal(0m, UnitFormat.ExcelChangeValue(-0.0004m, KpiUnit.Percent));
        Assert.Equal("+28.4%", UnitFormat.Relative(0.2837m));
        Assert.Equal("23.4%", UnitFormat.Text(0.234m, KpiUnit.Percent, "GBP"));
        Assert.Equal("+1.5 pts", UnitFormat.Change(0.015m, KpiUnit.Percent, "GBP"));
        Assert.Equal("-£10.00", UnitFormat.Change(-10m, KpiUnit.Currency, "GBP"));
        Assert.Equal("–", UnitFormat.Text(null, KpiUnit.Count, "GBP"));
    }
}
