CREATE TABLE [quartz].[QRTZ_PAUSED_TRIGGER_GRPS]
(
    [SCHED_NAME] nvarchar(120) NOT NULL,
    [TRIGGER_GROUP] nvarchar(150) NOT NULL,
    [PAUSE_REASON] nvarchar(250) NULL,
    [PAUSED_BY] nvarchar(200) NULL,
    [PAUSED_AT] bigint NULL,
    CONSTRAINT [PK_QRTZ_PAUSED_TRIGGER_GRPS] PRIMARY KEY ([SCHED_NAME], [TRIGGER_GROUP])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz job store: trigger groups paused by an operator.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_PAUSED_TRIGGER_GRPS';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scheduler name (Scheduler:SchedulerName); nodes of one cluster share it.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_PAUSED_TRIGGER_GRPS',
    @level2type = N'COLUMN', @level2name = N'SCHED_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Paused trigger group.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_PAUSED_TRIGGER_GRPS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_GROUP';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Why the trigger or group was paused.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_PAUSED_TRIGGER_GRPS',
    @level2type = N'COLUMN', @level2name = N'PAUSE_REASON';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Who paused the trigger or group.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_PAUSED_TRIGGER_GRPS',
    @level2type = N'COLUMN', @level2name = N'PAUSED_BY';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the trigger or group was paused (.NET ticks, UTC).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_PAUSED_TRIGGER_GRPS',
    @level2type = N'COLUMN', @level2name = N'PAUSED_AT';
GO
