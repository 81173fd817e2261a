CREATE VIEW mart.CheckStatus
AS
SELECT
    COALESCE(b.Source, 'warehouse') AS Source,
    cr.CheckName,
    cr.Severity,
    cr.Passed,
    cr.FailedCount,
    cr.Message,
    cr.CheckedAtUtc
FROM etl.CheckResult AS cr
LEFT JOIN etl.Batch AS b ON b.BatchId = cr.BatchId
WHERE cr.CheckResultId IN (
    SELECT MAX(x.CheckResultId)
    FROM etl.CheckResult AS x
    LEFT JOIN etl.Batch AS xb ON xb.BatchId = x.BatchId
    GROUP BY COALESCE(xb.Source, 'warehouse'), x.CheckName);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The latest result of every data check per source (the source of the checked batch; warehouse for checks not tied to a batch). A check failing now at Error level holds report packs back.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CheckStatus';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Source of the checked batch, or warehouse.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CheckStatus',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Check name.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CheckStatus',
    @level2type = N'COLUMN', @level2name = N'CheckName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Info, Warning or Error.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CheckStatus',
    @level2type = N'COLUMN', @level2name = N'Severity';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Whether the latest run passed.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CheckStatus',
    @level2type = N'COLUMN', @level2name = N'Passed';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows that failed the latest run.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CheckStatus',
    @level2type = N'COLUMN', @level2name = N'FailedCount';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The check''s message.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CheckStatus',
    @level2type = N'COLUMN', @level2name = N'Message';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the latest run happened (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CheckStatus',
    @level2type = N'COLUMN', @level2name = N'CheckedAtUtc';
GO
