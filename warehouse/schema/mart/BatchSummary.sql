CREATE VIEW mart.BatchSummary
AS
SELECT
    b.Source,
    b.Entity,
    CAST(COUNT(*) AS int) AS Batches,
    CAST(SUM(CASE WHEN b.Status = 'Succeeded' THEN 1 ELSE 0 END) AS int) AS SucceededBatches,
    CAST(SUM(CASE WHEN b.Status = 'Failed' THEN 1 ELSE 0 END) AS int) AS FailedBatches,
    CAST(SUM(CASE WHEN b.Status = 'Running' THEN 1 ELSE 0 END) AS int) AS RunningBatches,
    CAST(SUM(b.RowsRead) AS bigint) AS RowsRead,
    CAST(SUM(b.RowsLoaded) AS bigint) AS RowsLoaded,
    CAST(SUM(b.RowsRejected) AS bigint) AS RowsRejected,
    CAST(SUM(b.RowsDuplicate) AS bigint) AS RowsDuplicate,
    CAST(CASE
        WHEN SUM(b.RowsRead) = 0 THEN NULL
        ELSE CAST(SUM(b.RowsRejected) AS decimal(19, 4)) / CAST(SUM(b.RowsRead) AS decimal(19, 4))
    END AS decimal(9, 4)) AS RejectRate,
    MAX(b.StartedAtUtc) AS LastStartedAtUtc,
    MAX(CASE WHEN b.Status = 'Succeeded' THEN b.FinishedAtUtc END) AS LastSucceededAtUtc,
    MAX(CASE WHEN b.Status = 'Failed' THEN b.FinishedAtUtc END) AS LastFailedAtUtc
FROM etl.Batch AS b
GROUP BY b.Source, b.Entity;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Load health per source and entity: batches by status, rows read/loaded/rejected/duplicate, reject rate (rejected / read) and the latest loads. The operator''s at-a-glance view of what ran and what was rejected.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Source name.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Entity name.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'Entity';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batches recorded.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'Batches';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batches that succeeded.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'SucceededBatches';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batches that failed.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'FailedBatches';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batches still running (or interrupted).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'RunningBatches';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Data rows read.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'RowsRead';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows applied to the warehouse.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'RowsLoaded';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows rejected with a reason.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'RowsRejected';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows skipped as duplicates.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'RowsDuplicate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RowsRejected / RowsRead (NULL when nothing was read).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'RejectRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Start of the latest batch (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'LastStartedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Finish of the latest successful batch (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'LastSucceededAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Finish of the latest failed batch (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'BatchSummary',
    @level2type = N'COLUMN', @level2name = N'LastFailedAtUtc';
GO
