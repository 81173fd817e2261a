CREATE VIEW mart.DataRange
AS
SELECT
    r.FirstDateKey,
    r.LastDateKey,
    d.DayIndex AS LastDayIndex,
    d.MonthIndex AS LastMonthIndex,
    d.YearMonthKey AS LastYearMonthKey
FROM (
    SELECT MIN(x.DateKey) AS FirstDateKey, MAX(x.DateKey) AS LastDateKey
    FROM (
        SELECT sl.DateKey FROM fact.SalesLine AS sl
        UNION ALL
        SELECT sr.DateKey FROM fact.SurveyResponse AS sr
        UNION ALL
        SELECT ws.DateKey FROM fact.WebSession AS ws
        UNION ALL
        SELECT ee.DateKey FROM fact.EmailEvent AS ee
    ) AS x
) AS r
INNER JOIN dim.Date AS d ON d.DateKey = r.LastDateKey;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'One row: the first and latest business dates with any fact (sales, survey, web, email). Action lists measure "recent" from LastDateKey, so reports are reproducible from the data alone (no clock).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataRange';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Earliest fact date (yyyymmdd).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataRange',
    @level2type = N'COLUMN', @level2name = N'FirstDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Latest fact date (yyyymmdd).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataRange',
    @level2type = N'COLUMN', @level2name = N'LastDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'DayIndex of LastDateKey (days since 1970-01-01).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataRange',
    @level2type = N'COLUMN', @level2name = N'LastDayIndex';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'MonthIndex of LastDateKey.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataRange',
    @level2type = N'COLUMN', @level2name = N'LastMonthIndex';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month of LastDateKey (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataRange',
    @level2type = N'COLUMN', @level2name = N'LastYearMonthKey';
GO
