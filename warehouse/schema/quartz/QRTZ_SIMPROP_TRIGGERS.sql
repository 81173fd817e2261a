CREATE TABLE [quartz].[QRTZ_SIMPROP_TRIGGERS]
(
    [SCHED_NAME] nvarchar(120) NOT NULL,
    [TRIGGER_NAME] nvarchar(150) NOT NULL,
    [TRIGGER_GROUP] nvarchar(150) NOT NULL,
    [STR_PROP_1] nvarchar(512) NULL,
    [STR_PROP_2] nvarchar(512) NULL,
    [STR_PROP_3] nvarchar(512) NULL,
    [INT_PROP_1] int NULL,
    [INT_PROP_2] int NULL,
    [LONG_PROP_1] bigint NULL,
    [LONG_PROP_2] bigint NULL,
    [DEC_PROP_1] numeric(13, 4) NULL,
    [DEC_PROP_2] numeric(13, 4) NULL,
    [BOOL_PROP_1] bit NULL,
    [BOOL_PROP_2] bit NULL,
    [TIME_ZONE_ID] nvarchar(80) NULL,
    CONSTRAINT [PK_QRTZ_SIMPROP_TRIGGERS] PRIMARY KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]),
    CONSTRAINT [FK_QRTZ_SIMPROP_TRIGGERS_QRTZ_TRIGGERS] FOREIGN KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) REFERENCES [quartz].[QRTZ_TRIGGERS] ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) ON DELETE CASCADE
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz job store: properties of calendar-interval and daily-time-interval triggers (unused by the shipped schedules, required by Quartz''s schema check).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scheduler name (Scheduler:SchedulerName); nodes of one cluster share it.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'SCHED_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger name.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger group.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_GROUP';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'String property 1 of the trigger type.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'STR_PROP_1';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'String property 2 of the trigger type.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'STR_PROP_2';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'String property 3 of the trigger type.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'STR_PROP_3';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Integer property 1 of the trigger type.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'INT_PROP_1';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Integer property 2 of the trigger type.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'INT_PROP_2';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Long property 1 of the trigger type.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'LONG_PROP_1';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Long property 2 of the trigger type.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'LONG_PROP_2';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Decimal property 1 of the trigger type.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'DEC_PROP_1';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Decimal property 2 of the trigger type.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'DEC_PROP_2';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Boolean property 1 of the trigger type.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'BOOL_PROP_1';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Boolean property 2 of the trigger type.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'BOOL_PROP_2';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Time zone of the trigger.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPROP_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TIME_ZONE_ID';
GO
