CREATE TABLE [quartz].[QRTZ_JOB_DETAILS]
(
    [SCHED_NAME] nvarchar(120) NOT NULL,
    [JOB_NAME] nvarchar(150) NOT NULL,
    [JOB_GROUP] nvarchar(150) NOT NULL,
    [DESCRIPTION] nvarchar(250) NULL,
    [JOB_CLASS_NAME] nvarchar(250) NOT NULL,
    [IS_DURABLE] bit NOT NULL,
    [IS_NONCONCURRENT] bit NOT NULL,
    [IS_UPDATE_DATA] bit NOT NULL,
    [REQUESTS_RECOVERY] bit NOT NULL,
    [JOB_DATA] varbinary(max) NULL,
    CONSTRAINT [PK_QRTZ_JOB_DETAILS] PRIMARY KEY ([SCHED_NAME], [JOB_NAME], [JOB_GROUP])
);
GO
CREATE NONCLUSTERED INDEX [IDX_QRTZ_J_G_N]
    ON [quartz].[QRTZ_JOB_DETAILS]([SCHED_NAME], [JOB_GROUP], [JOB_NAME]);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz job store: one row per stored job (one per enabled schedule, job group crm-insights). Created by the dacpac, read and written only by Quartz''s ADO.NET job store in crm-insights serve.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_JOB_DETAILS';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scheduler name (Scheduler:SchedulerName); nodes of one cluster share it.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_JOB_DETAILS',
    @level2type = N'COLUMN', @level2name = N'SCHED_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Job name: the schedule name.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_JOB_DETAILS',
    @level2type = N'COLUMN', @level2name = N'JOB_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Job group (crm-insights for the schedules).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_JOB_DETAILS',
    @level2type = N'COLUMN', @level2name = N'JOB_GROUP';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Job description (schedule kind and origin file).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_JOB_DETAILS',
    @level2type = N'COLUMN', @level2name = N'DESCRIPTION';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Assembly-qualified type name of the job class (CrmInsights.Host.Scheduling.Running.ScheduledJob).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_JOB_DETAILS',
    @level2type = N'COLUMN', @level2name = N'JOB_CLASS_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Whether the job is kept without triggers.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_JOB_DETAILS',
    @level2type = N'COLUMN', @level2name = N'IS_DURABLE';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Whether the job disallows concurrent execution (true: a schedule never overlaps itself).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_JOB_DETAILS',
    @level2type = N'COLUMN', @level2name = N'IS_NONCONCURRENT';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Whether the job data is persisted after each execution.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_JOB_DETAILS',
    @level2type = N'COLUMN', @level2name = N'IS_UPDATE_DATA';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Whether a firing interrupted by a node crash is re-run by another node (recovery).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_JOB_DETAILS',
    @level2type = N'COLUMN', @level2name = N'REQUESTS_RECOVERY';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Job data map (string pairs: the schedule name, slot and run kind).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_JOB_DETAILS',
    @level2type = N'COLUMN', @level2name = N'JOB_DATA';
GO
