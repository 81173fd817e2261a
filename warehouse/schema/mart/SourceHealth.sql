CREATE VIEW mart.SourceHealth
AS
SELECT
    b.Source,
    CAST(MAX(CASE WHEN b.Status = 'Succeeded' THEN b.BatchId END) AS bigint) AS LastBatchId,
    MAX(CASE WHEN b.Status = 'Succeeded' THEN b.FinishedAtUtc END) AS LastSucceededAtUtc,
    MAX(CASE WHEN b.Status = 'Failed' THEN b.FinishedAtUtc END) AS LastFailedAtUtc,
    CAST(COUNT(*) AS int) AS Batches
FROM etl.Batch AS b
GROUP BY b.Source;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Load state per source (all entities): the latest successful batch and when it finished. The report gate compares the hours since LastSucceededAtUtc with the per-source limits of Reports:Freshness.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceHealth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'pos, web, email or survey.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceHealth',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Id of the latest successful batch (the highest id; NULL when none succeeded).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceHealth',
    @level2type = N'COLUMN', @level2name = N'LastBatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the latest successful batch finished (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceHealth',
    @level2type = N'COLUMN', @level2name = N'LastSucceededAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the latest failed batch finished (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceHealth',
    @level2type = N'COLUMN', @level2name = N'LastFailedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batches ever started.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SourceHealth',
    @level2type = N'COLUMN', @level2name = N'Batches';
GO
