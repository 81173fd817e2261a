CREATE TABLE [etl].[JobRun]
(
    [RunId] uniqueidentifier NOT NULL,
    [JobName] nvarchar(200) NOT NULL,
    [ScheduledFor] datetime2(3) NOT NULL,
    [StartedAt] datetime2(3) NOT NULL,
    [FinishedAt] datetime2(3) NULL,
    [Status] nvarchar(20) NOT NULL,
    [Attempt] int NOT NULL,
    [Error] nvarchar(4000) NULL,
    [RunKind] nvarchar(20) NOT NULL,
    [Node] nvarchar(128) NOT NULL,
    CONSTRAINT [PK_etl_JobRun] PRIMARY KEY CLUSTERED ([RunId]),
    CONSTRAINT [CK_etl_JobRun_Status] CHECK ([Status] IN (N'running', N'succeeded', N'failed', N'cancelled', N'interrupted', N'skipped'))
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Job history: one row per scheduled or manual job run attempt (written by the scheduler in crm-insights serve and by CLI jobs).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key of the run attempt.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'RunId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Schedule / job name (also the lock name).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'JobName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The fire time the run is for (UTC); catch-up runs carry the missed time.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'ScheduledFor';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the attempt started (UTC).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'StartedAt';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the attempt finished (UTC); NULL while running.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'FinishedAt';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'running, succeeded, failed, cancelled, interrupted (the process died) or skipped.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'Status';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Attempt number for this ScheduledFor (1 = first).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'Attempt';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Failure reason (no secrets).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'Error';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Why the run happened: scheduled, catch-up (a missed fire time run late) or recovery (re-run by another node after the node running it died).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'RunKind';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Machine / service node that ran the attempt.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'JobRun',
    @level2type = N'COLUMN', @level2name = N'Node';
GO
