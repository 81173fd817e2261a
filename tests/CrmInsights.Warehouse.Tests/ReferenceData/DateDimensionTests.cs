using CrmInsights.Warehouse.ReferenceData;

namespace CrmInsights.Warehouse.Tests.ReferenceData;

public sealed class DateDimensionTests
{
    private static Dictionary<string, object?> Row(int year, int month, int day) =>
        DateDimension.Columns.Zip(DateDimension.Row(new DateOnly(year, month, day))).ToDictionary(p => p.First, p => p.Second);

    [Fact]
    public void Row_NewYear2021_TakesIsoWeek53Of2020()
    {
        var row = Row(2021, 1, 1);

        Assert.Equal(20210101, row["DateKey"]);
        Assert.Equal((byte)53, row["IsoWeek"]);
        Assert.Equal((short)2020, row["IsoYear"]);
        Assert.Equal(202053, row["IsoWeekKey"]);
        Assert.Equal((byte)5, row["DayOfWeek"]);
        Assert.Equal("Friday", row["DayName"]);
        Assert.Equal(true, row["IsBusinessDay"]);
    }

    [Fact]
    public void Row_LeapDay2024_HasMonthAttributesForCohortArithmetic()
    {
        var row = Row(2024, 2, 29);

        Assert.Equal(202402, row["YearMonthKey"]);
        Assert.Equal("2024-02", row["YearMonthLabel"]);
        Assert.Equal((2024 * 12) + 1, row["MonthIndex"]);
        Assert.Equal(new DateOnly(2024, 2, 1), row["MonthStartDate"]);
        Assert.Equal(20240229, row["MonthEndDateKey"]);
        Assert.Equal((byte)29, row["DaysInMonth"]);
        Assert.Equal(true, row["IsMonthEnd"]);
        Assert.Equal((short)60, row["DayOfYear"]);
        Assert.Equal("Feb", row["MonthShortName"]);
        Assert.Equal(20241, row["YearQuarterKey"]);
    }

    [Fact]
    public void Row_DayIndex_CountsDaysSinceUnixEpoch()
    {
        Assert.Equal(16436, Row(2015, 1, 1)["DayIndex"]);
        Assert.Equal(180, (int)Row(2025, 6, 30)["DayIndex"]! - (int)Row(2025, 1, 1)["DayIndex"]!);
        Assert.Equal(true, Row(2025, 3, 1)["IsWeekend"]);
    }

    [Fact]
    public void Rows_FullRange_IsContiguousAndUnique()
    {
        var keys = DateDimension.Rows(DateDimension.First, DateDimension.Last).Select(r => (int)r[0]!).ToList();

        Assert.Equal(7670, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(20150101, keys[0]);
        Assert.Equal(20351231, keys[^1]);
    }
}
