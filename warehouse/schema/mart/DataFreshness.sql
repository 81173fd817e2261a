CREATE VIEW mart.DataFreshness
AS
WITH Latest AS (
    SELECT N'pos' AS Source, MAX(sl.DateKey) AS DateKey FROM fact.SalesLine AS sl
    UNION ALL
    SELECT N'web', MAX(ws.DateKey) FROM fact.WebSession AS ws
    UNION ALL
    SELECT N'email', MAX(ee.DateKey) FROM fact.EmailEvent AS ee
    UNION ALL
    SELECT N'survey', MAX(sr.DateKey) FROM fact.SurveyResponse AS sr
),
Loads AS (
    SELECT
        b.Source,
        b.Entity,
        COUNT(*) AS Batches,
        MAX(b.StartedAtUtc) AS LastStartedAtUtc,
        MAX(CASE WHEN b.Status = N'Succeeded' THEN b.FinishedAtUtc END) AS LastSucceededAtUtc,
        MAX(CASE WHEN b.Status = N'Failed' THEN b.FinishedAtUtc END) AS LastFailedAtUtc,
        SUM(b.RowsRead) AS RowsRead,
        SUM(b.RowsRejected) AS RowsRejected
    FROM etl.Batch AS b
    GROUP BY b.Source, b.Entity
)
SELECT
    l.Source,
    l.Entity,
    CAST(l.Batches AS int) AS Batches,
    l.LastStartedAtUtc,
    l.LastSucceededAtUtc,
    l.LastFailedAtUtc,
    CAST(l.RowsRead AS bigint) AS RowsRead,
    CAST(l.RowsRejected AS bigint) AS RowsRejected,
    CAST(CAST(l.RowsRejected AS decimal(19, 4)) / NULLIF(CAST(l.RowsRead AS decimal(19, 4)), 0) AS decimal(9, 4)) AS RejectRate,
    x.DateKey AS LatestDataDateKey,
    dr.LastDayIndex - d.DayIndex AS DaysBehindLatestData
FROM Loads AS l
LEFT JOIN Latest AS x ON x.Source = l.Source
LEFT JOIN dim.Date AS d ON d.DateKey = x.DateKey
LEFT JOIN mart.DataRange AS dr ON 1 = 1;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Freshness per source and entity: the latest load attempts and successes, rows rejected overall, and the latest business date of the source''s facts (pos: sales lines, web: sessions, email: events, survey: responses) with how many days it lags the latest date of any source.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataFreshness';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Source name.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataFreshness',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Entity name.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataFreshness',
    @level2type = N'COLUMN', @level2name = N'Entity';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batches recorded.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataFreshness',
    @level2type = N'COLUMN', @level2name = N'Batches';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Start of the latest batch (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataFreshness',
    @level2type = N'COLUMN', @level2name = N'LastStartedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Finish of the latest successful batch (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataFreshness',
    @level2type = N'COLUMN', @level2name = N'LastSucceededAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Finish of the latest failed batch (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataFreshness',
    @level2type = N'COLUMN', @level2name = N'LastFailedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows read over all batches.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataFreshness',
    @level2type = N'COLUMN', @level2name = N'RowsRead';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows rejected over all batches.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataFreshness',
    @level2type = N'COLUMN', @level2name = N'RowsRejected';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RowsRejected / RowsRead.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataFreshness',
    @level2type = N'COLUMN', @level2name = N'RejectRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Latest business date of the source''s facts.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataFreshness',
    @level2type = N'COLUMN', @level2name = N'LatestDataDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days between that date and the latest date of any source.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataFreshness',
    @level2type = N'COLUMN', @level2name = N'DaysBehindLatestData';
GO
