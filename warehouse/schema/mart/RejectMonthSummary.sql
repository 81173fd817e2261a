CREATE VIEW mart.RejectMonthSummary
AS
SELECT
    m.YearMonthKey,
    b.Source,
    b.Entity,
    r.FieldName,
    r.Reason,
    CAST(COUNT(*) AS int) AS Rejects
FROM mart.DataMonthBatch AS m
INNER JOIN etl.Batch AS b ON b.BatchId = m.BatchId
INNER JOIN etl.Reject AS r ON r.BatchId = m.BatchId
GROUP BY m.YearMonthKey, b.Source, b.Entity, r.FieldName, r.Reason;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Reject reasons of the batches that carried each business month''s rows (mart.DataMonthBatch), so a month''s Data quality sheet lists that month''s reasons, not all-time ones (those are in mart.RejectSummary).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectMonthSummary';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Business month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectMonthSummary',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'pos, web, email or survey.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectMonthSummary',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Entity of the batch.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectMonthSummary',
    @level2type = N'COLUMN', @level2name = N'Entity';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Field the reject names, if any.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectMonthSummary',
    @level2type = N'COLUMN', @level2name = N'FieldName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Reject reason.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectMonthSummary',
    @level2type = N'COLUMN', @level2name = N'Reason';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rejected rows with this reason in those batches.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectMonthSummary',
    @level2type = N'COLUMN', @level2name = N'Rejects';
GO
