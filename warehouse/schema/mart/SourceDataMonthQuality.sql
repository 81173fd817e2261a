CREATE VIEW mart.SourceDataMonthQuality
AS
WITH Months AS (
    SELECT m.Source, m.YearMonthKey, SUM(m.DataRows) AS DataRows, COUNT(*) AS Batches, MIN(b.StartedAtUtc) AS FirstLoadedAtUtc, MAX(b.StartedAtUtc) AS LastLoadedAtUtc,
        SUM(b.RowsRead) AS BatchRowsRead, SUM(b.RowsRejected) AS BatchRowsRejected
    FROM mart.DataMonthBatch AS m
    INNER JOIN etl.Batch AS b ON b.BatchId = m.BatchId
    GROUP BY m.Source, m.YearMonthKey
)
SELECT
    x.YearMonthKey,
    x.Source,
    CAST(x.DataRows AS bigint) AS DataRows,
    CAST(x.Batches AS int) AS Batches,
    x.FirstLoadedAtUtc,
    x.LastLoadedAtUtc,
    CAST(x.BatchRowsRead AS bigint) AS BatchRowsRead,
    CAST(x.BatchRowsRejected AS bigint) AS BatchRowsRejected,
    CAST(CAST(x.BatchRowsRejected AS decimal(19, 4)) / NULLIF(CAST(x.BatchRowsRead AS decimal(19, 4)), 0) AS decimal(9, 4)) AS BatchRejectRate
FROM Months AS x;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Data quality by the data''s business month, beside when it loaded: per source and month, the fact rows dated in the month (mart.DataMonthBatch) whenever they were loaded, the batches that carried them, when those loaded, and the rows read and rejected in those batches (a rejected row has no trustworthy date of its own; a batch spanning two months counts in both). mart.SourceMonthQuality keeps the counts by load month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceDataMonthQuality';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Business month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceDataMonthQuality',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'pos, web, email or survey.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceDataMonthQuality',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Fact rows dated in the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceDataMonthQuality',
    @level2type = N'COLUMN', @level2name = N'DataRows';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batches that loaded rows of the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceDataMonthQuality',
    @level2type = N'COLUMN', @level2name = N'Batches';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the first of those batches started (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceDataMonthQuality',
    @level2type = N'COLUMN', @level2name = N'FirstLoadedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the last of those batches started (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceDataMonthQuality',
    @level2type = N'COLUMN', @level2name = N'LastLoadedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows read by those batches (all their months).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceDataMonthQuality',
    @level2type = N'COLUMN', @level2name = N'BatchRowsRead';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows rejected by those batches.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceDataMonthQuality',
    @level2type = N'COLUMN', @level2name = N'BatchRowsRejected';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'BatchRowsRejected / BatchRowsRead.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceDataMonthQuality',
    @level2type = N'COLUMN', @level2name = N'BatchRejectRate';
GO
