CREATE VIEW mart.Month
AS
SELECT
    d.YearMonthKey,
    d.YearMonthLabel,
    d.CalendarYear,
    d.CalendarMonth,
    d.MonthIndex,
    d.MonthStartDateKey,
    d.MonthEndDateKey,
    d.DaysInMonth,
    d.DayIndex AS MonthStartDayIndex,
    d.DayIndex + d.DaysInMonth - 1 AS MonthEndDayIndex
FROM dim.Date AS d
INNER JOIN mart.DataRange AS r ON d.MonthEndDateKey >= r.FirstDateKey AND d.MonthStartDateKey <= r.LastDateKey
WHERE d.DayOfMonth = 1;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The reporting months: every calendar month from the first to the latest fact date (mart.DataRange), with the day and month indexes KPI views use instead of engine date functions. Family views join it so a month without data still has its All row.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Month';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Month',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month as yyyy-MM.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Month',
    @level2type = N'COLUMN', @level2name = N'YearMonthLabel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Calendar year.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Month',
    @level2type = N'COLUMN', @level2name = N'CalendarYear';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Calendar month 1-12.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Month',
    @level2type = N'COLUMN', @level2name = N'CalendarMonth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Months since year 0 (consecutive months differ by 1).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Month',
    @level2type = N'COLUMN', @level2name = N'MonthIndex';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First day of the month (yyyymmdd).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Month',
    @level2type = N'COLUMN', @level2name = N'MonthStartDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last day of the month (yyyymmdd).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Month',
    @level2type = N'COLUMN', @level2name = N'MonthEndDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days in the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Month',
    @level2type = N'COLUMN', @level2name = N'DaysInMonth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'DayIndex of the first day.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Month',
    @level2type = N'COLUMN', @level2name = N'MonthStartDayIndex';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'DayIndex of the last day.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Month',
    @level2type = N'COLUMN', @level2name = N'MonthEndDayIndex';
GO
