CREATE VIEW mart.SourceMonthQuality
AS
SELECT
    d.YearMonthKey,
    b.Source,
    CAST(COUNT(*) AS int) AS Batches,
    CAST(SUM(b.RowsRead) AS bigint) AS RowsRead,
    CAST(SUM(b.RowsLoaded) AS bigint) AS RowsLoaded,
    CAST(SUM(b.RowsRejected) AS bigint) AS RowsRejected,
    CAST(CAST(SUM(b.RowsRejected) AS decimal(19, 4)) / NULLIF(CAST(SUM(b.RowsRead) AS decimal(19, 4)), 0) AS decimal(9, 4)) AS RejectRate
FROM etl.Batch AS b
INNER JOIN dim.Date AS d ON d.FullDate = CAST(b.StartedAtUtc AS date)
GROUP BY d.YearMonthKey, b.Source;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows read, loaded and rejected per source and month of the batch start (UTC date), all entities together: mart.DataQuality summed over entities, for the report''s Data quality sheet.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceMonthQuality';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm of the batch start.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceMonthQuality',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'pos, web, email or survey.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceMonthQuality',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batches started in the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceMonthQuality',
    @level2type = N'COLUMN', @level2name = N'Batches';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows read.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceMonthQuality',
    @level2type = N'COLUMN', @level2name = N'RowsRead';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows loaded.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceMonthQuality',
    @level2type = N'COLUMN', @level2name = N'RowsLoaded';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows rejected.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceMonthQuality',
    @level2type = N'COLUMN', @level2name = N'RowsRejected';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RowsRejected / RowsRead.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceMonthQuality',
    @level2type = N'COLUMN', @level2name = N'RejectRate';
GO
