CREATE TABLE [quartz].[QRTZ_FIRED_TRIGGERS]
(
    [SCHED_NAME] nvarchar(120) NOT NULL,
    [ENTRY_ID] nvarchar(140) NOT NULL,
    [TRIGGER_NAME] nvarchar(150) NOT NULL,
    [TRIGGER_GROUP] nvarchar(150) NOT NULL,
    [INSTANCE_NAME] nvarchar(200) NOT NULL,
    [FIRED_TIME] bigint NOT NULL,
    [SCHED_TIME] bigint NOT NULL,
    [PRIORITY] int NOT NULL,
    [STATE] nvarchar(16) NOT NULL,
    [JOB_NAME] nvarchar(150) NULL,
    [JOB_GROUP] nvarchar(150) NULL,
    [IS_NONCONCURRENT] bit NULL,
    [REQUESTS_RECOVERY] bit NULL,
    [EXECUTION_GROUP] nvarchar(200) NULL,
    [PROGRESS] int NULL,
    [PROGRESS_MESSAGE] nvarchar(250) NULL,
    [INTERRUPT_REQUESTED_TIME] bigint NULL,
    CONSTRAINT [PK_QRTZ_FIRED_TRIGGERS] PRIMARY KEY ([SCHED_NAME], [ENTRY_ID])
);
GO
CREATE NONCLUSTERED INDEX [IDX_QRTZ_FT_INST_JOB_REQ_RCVRY]
    ON [quartz].[QRTZ_FIRED_TRIGGERS]([SCHED_NAME], [INSTANCE_NAME], [REQUESTS_RECOVERY]);
GO
CREATE NONCLUSTERED INDEX [IDX_QRTZ_FT_J_G]
    ON [quartz].[QRTZ_FIRED_TRIGGERS]([SCHED_NAME], [JOB_NAME], [JOB_GROUP]);
GO
CREATE NONCLUSTERED INDEX [IDX_QRTZ_FT_T_G]
    ON [quartz].[QRTZ_FIRED_TRIGGERS]([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz job store: firings in progress, per node; a dead node''s rows are how another node recovers its jobs.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scheduler name (Scheduler:SchedulerName); nodes of one cluster share it.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'SCHED_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Id of the firing (instance id plus a sequence).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'ENTRY_ID';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger name.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger group.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_GROUP';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Instance id of the node (distinct per node, generated at start).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'INSTANCE_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the trigger fired (.NET ticks, UTC).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'FIRED_TIME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The fire time the firing was scheduled for (.NET ticks, UTC).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'SCHED_TIME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Priority of the fired trigger.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'PRIORITY';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Firing state (ACQUIRED, EXECUTING, BLOCKED...).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'STATE';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Job being fired.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'JOB_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Group of the job being fired.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'JOB_GROUP';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Whether the fired job disallows concurrent execution.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'IS_NONCONCURRENT';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Whether the fired job is recovered if this node dies.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'REQUESTS_RECOVERY';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Execution group of the fired trigger.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'EXECUTION_GROUP';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Progress the running job reported; NULL for none.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'PROGRESS';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Progress message the running job reported; NULL for none.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'PROGRESS_MESSAGE';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When an interrupt of the firing was requested (.NET ticks, UTC); NULL for none.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_FIRED_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'INTERRUPT_REQUESTED_TIME';
GO
