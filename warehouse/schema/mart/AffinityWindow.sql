CREATE VIEW mart.AffinityWindow
AS
SELECT
    m.YearMonthKey,
    m.MonthIndex - cfg.AffinityWindowMonths + 1 AS FirstMonthIndex,
    m.MonthIndex AS LastMonthIndex
FROM mart.Month AS m
CROSS JOIN mart.Config AS cfg;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The trailing window of product affinity and next best offers per report month: the report month and the Snapshot:AffinityWindowMonths - 1 months before it (dim.Date month indexes). Nothing after the month end counts, so a past month''s statistics and offers never look ahead.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'AffinityWindow';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The report month (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'AffinityWindow',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'dim.Date MonthIndex of the first month in the window.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'AffinityWindow',
    @level2type = N'COLUMN', @level2name = N'FirstMonthIndex';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'dim.Date MonthIndex of the report month, the last in the window.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'AffinityWindow',
    @level2type = N'COLUMN', @level2name = N'LastMonthIndex';
GO
