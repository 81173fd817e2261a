using CrmInsights.Reports.Kpis;

namespace CrmInsights.Reports.Tests.Kpis;

/// <summary>The action lists' reason sentences read as a manager would say them, also on the month's last day.</summary>
public sealed class ActionReasonTests
{
    [Theory]
    [InlineData(13L, "13 days before 31 March 2025")]
    [InlineData(1L, "1 day before 31 March 2025")]
    [InlineData(0L, "the last day of the month")]
    public void BeforeMonthEnd_NamesTheGap_AndNeverSaysZeroDaysBefore(long days, string expected)
    {
        var row = new MartRow(new Dictionary<string, object?> { ["DaysSinceLastPurchase"] = days, ["AsOfDateKey"] = 20250331 });
        Assert.Equal(expected, MartKpiPackFactory.BeforeMonthEnd(row, "DaysSinceLastPurchase"));
    }
}
