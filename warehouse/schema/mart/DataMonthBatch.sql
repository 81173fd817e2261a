CREATE VIEW mart.DataMonthBatch
AS
SELECT x.Source, d.YearMonthKey, x.BatchId, CAST(COUNT(*) AS bigint) AS DataRows
FROM (
    SELECT 'pos' AS Source, sl.DateKey, sl.BatchId FROM fact.SalesLine AS sl
    UNION ALL
    SELECT 'web', we.DateKey, we.BatchId FROM fact.WebEvent AS we
    UNION ALL
    SELECT 'email', ee.DateKey, ee.BatchId FROM fact.EmailEvent AS ee
    UNION ALL
    SELECT 'survey', sr.DateKey, sr.BatchId FROM fact.SurveyResponse AS sr
) AS x
INNER JOIN dim.Date AS d ON d.DateKey = x.DateKey
GROUP BY x.Source, d.YearMonthKey, x.BatchId;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Which batches carried the fact rows of each business month (the data''s own date: order, event, session or response date), per source: one row per source, month and batch with the month''s rows in it. A back-filled month is found here whenever it was loaded. Dimension-only files (customers, products, stores, campaigns) carry no business month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataMonthBatch';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'pos (fact.SalesLine), web (fact.WebEvent), email (fact.EmailEvent) or survey (fact.SurveyResponse).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataMonthBatch',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Business month yyyymm of the rows.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataMonthBatch',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The batch (etl.Batch) that loaded them.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataMonthBatch',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Fact rows of the month in the batch.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataMonthBatch',
    @level2type = N'COLUMN', @level2name = N'DataRows';
GO
