CREATE TABLE [etl].[JobRun]
(
    [JobRunId] bigint IDENTITY(1, 1) NOT NULL,
    [JobName] nvarchar(100) NOT NULL,
    [TriggeredBy] nvarchar(100) NULL,
    [HostName] nvarchar(100) NULL,
    [StartedAtUtc] datetime2(3) NOT NULL,
    [FinishedAtUtc] datetime2(3) NULL,
    [Status] nvarchar(16) NOT NULL,
    [ExitCode] int NULL,
    [Message] nvarchar(4000) NULL,
    CONSTRAINT [PK_etl_JobRun] PRIMARY KEY CLUSTERED ([JobRunId]),
    CONSTRAINT [CK_etl_JobRun_Status] CHECK ([Status] IN (N'Running', N'Succeeded', N'Failed'))
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Job history: one row per scheduled or manual job run.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'JobRunId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Job name.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'JobName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Schedule/trigger name or cli for manual runs.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'TriggeredBy';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Machine that ran the job.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'HostName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the run started (UTC).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'StartedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the run finished (UTC); NULL while running.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'FinishedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Running, Succeeded or Failed.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'Status';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Exit code of the run.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'ExitCode';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Summary or failure reason.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'Message';
GO
