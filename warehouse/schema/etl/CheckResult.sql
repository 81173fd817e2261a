CREATE TABLE [etl].[CheckResult]
(
    [CheckResultId] bigint IDENTITY(1, 1) NOT NULL,
    [CheckName] nvarchar(100) NOT NULL,
    [Severity] nvarchar(8) NOT NULL,
    [Passed] bit NOT NULL,
    [FailedCount] bigint NOT NULL CONSTRAINT [DF_etl_CheckResult_FailedCount] DEFAULT (0),
    [Message] nvarchar(2000) NULL,
    [Sample] nvarchar(max) MASKED WITH (FUNCTION = 'default()') NULL,
    [CheckedAtUtc] datetime2(3) NOT NULL,
    [BatchId] bigint NULL,
    [JobRunId] uniqueidentifier NULL,
    CONSTRAINT [PK_etl_CheckResult] PRIMARY KEY CLUSTERED ([CheckResultId]),
    CONSTRAINT [CK_etl_CheckResult_Severity] CHECK ([Severity] IN (N'Info', N'Warning', N'Error'))
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Results of data checks (reconciliation, referential, freshness) with severity and a sample of offending rows.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'CheckResult';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'CheckResult',
    @level2type = N'COLUMN', @level2name = N'CheckResultId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Check name.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'CheckResult',
    @level2type = N'COLUMN', @level2name = N'CheckName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Info, Warning or Error.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'CheckResult',
    @level2type = N'COLUMN', @level2name = N'Severity';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the check passed.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'CheckResult',
    @level2type = N'COLUMN', @level2name = N'Passed';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Offending rows (0 when passed).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'CheckResult',
    @level2type = N'COLUMN', @level2name = N'FailedCount';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Human-readable result.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'CheckResult',
    @level2type = N'COLUMN', @level2name = N'Message';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Sample of offending rows (may hold personal data; masked).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'CheckResult',
    @level2type = N'COLUMN', @level2name = N'Sample';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the check ran (UTC).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'CheckResult',
    @level2type = N'COLUMN', @level2name = N'CheckedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch checked, when batch-specific.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'CheckResult',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Job run that ran the check.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'CheckResult',
    @level2type = N'COLUMN', @level2name = N'JobRunId';
GO
