CREATE VIEW mart.RejectSummary
AS
SELECT
    b.Source,
    b.Entity,
    r.FieldName,
    r.Reason,
    CAST(COUNT(*) AS int) AS Rejects,
    CAST(COUNT(DISTINCT r.BatchId) AS int) AS Batches,
    MIN(r.RejectedAtUtc) AS FirstRejectedAtUtc,
    MAX(r.RejectedAtUtc) AS LastRejectedAtUtc
FROM etl.Reject AS r
INNER JOIN etl.Batch AS b ON b.BatchId = r.BatchId
GROUP BY b.Source, b.Entity, r.FieldName, r.Reason;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rejected rows grouped by source, entity, field and reason, so operators see why rows were rejected without reading raw rows (which hold personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectSummary';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Source name.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectSummary',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Entity name.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectSummary',
    @level2type = N'COLUMN', @level2name = N'Entity';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Field that failed; NULL for row-level reasons.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectSummary',
    @level2type = N'COLUMN', @level2name = N'FieldName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rejection reason.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectSummary',
    @level2type = N'COLUMN', @level2name = N'Reason';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rejected rows.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectSummary',
    @level2type = N'COLUMN', @level2name = N'Rejects';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batches with such rejects.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectSummary',
    @level2type = N'COLUMN', @level2name = N'Batches';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First rejection (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectSummary',
    @level2type = N'COLUMN', @level2name = N'FirstRejectedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Latest rejection (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RejectSummary',
    @level2type = N'COLUMN', @level2name = N'LastRejectedAtUtc';
GO
