CREATE VIEW mart.DataQuality
AS
SELECT
    d.YearMonthKey,
    b.Source,
    b.Entity,
    CAST(COUNT(*) AS int) AS Batches,
    CAST(SUM(CASE WHEN b.Status = N'Succeeded' THEN 1 ELSE 0 END) AS int) AS SucceededBatches,
    CAST(SUM(CASE WHEN b.Status = N'Failed' THEN 1 ELSE 0 END) AS int) AS FailedBatches,
    CAST(SUM(b.RowsRead) AS bigint) AS RowsRead,
    CAST(SUM(b.RowsLoaded) AS bigint) AS RowsLoaded,
    CAST(SUM(b.RowsRejected) AS bigint) AS RowsRejected,
    CAST(SUM(b.RowsDuplicate) AS bigint) AS RowsDuplicate,
    CAST(CAST(SUM(b.RowsRejected) AS decimal(19, 4)) / NULLIF(CAST(SUM(b.RowsRead) AS decimal(19, 4)), 0) AS decimal(9, 4)) AS RejectRate,
    CAST(SUM(COALESCE(ch.FailedChecks, 0)) AS int) AS FailedChecks,
    CAST(SUM(COALESCE(ch.FailedErrorChecks, 0)) AS int) AS FailedErrorChecks
FROM etl.Batch AS b
INNER JOIN dim.Date AS d ON d.FullDate = CAST(b.StartedAtUtc AS date)
LEFT JOIN (
    SELECT
        cr.BatchId,
        SUM(CASE WHEN cr.Passed = 0 THEN 1 ELSE 0 END) AS FailedChecks,
        SUM(CASE WHEN cr.Passed = 0 AND cr.Severity = N'Error' THEN 1 ELSE 0 END) AS FailedErrorChecks
    FROM etl.CheckResult AS cr
    WHERE cr.BatchId IS NOT NULL
    GROUP BY cr.BatchId
) AS ch ON ch.BatchId = b.BatchId
GROUP BY d.YearMonthKey, b.Source, b.Entity;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Data quality by month of the batch start (UTC date), source and entity: batches by outcome, rows read/loaded/rejected/duplicate, reject rate and failed checks. Companion of mart.DataFreshness.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month of the batch start (UTC date).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Source name.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Entity name.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality',
    @level2type = N'COLUMN', @level2name = N'Entity';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batches started.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality',
    @level2type = N'COLUMN', @level2name = N'Batches';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batches that succeeded.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality',
    @level2type = N'COLUMN', @level2name = N'SucceededBatches';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batches that failed.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality',
    @level2type = N'COLUMN', @level2name = N'FailedBatches';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Data rows read.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality',
    @level2type = N'COLUMN', @level2name = N'RowsRead';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows applied.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality',
    @level2type = N'COLUMN', @level2name = N'RowsLoaded';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows rejected with a reason.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality',
    @level2type = N'COLUMN', @level2name = N'RowsRejected';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows skipped as duplicates.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality',
    @level2type = N'COLUMN', @level2name = N'RowsDuplicate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RowsRejected / RowsRead.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality',
    @level2type = N'COLUMN', @level2name = N'RejectRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Data checks of these batches that failed.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality',
    @level2type = N'COLUMN', @level2name = N'FailedChecks';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Failed checks at Error severity.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'DataQuality',
    @level2type = N'COLUMN', @level2name = N'FailedErrorChecks';
GO
