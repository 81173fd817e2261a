CREATE TABLE [quartz].[QRTZ_BLOB_TRIGGERS]
(
    [SCHED_NAME] nvarchar(120) NOT NULL,
    [TRIGGER_NAME] nvarchar(150) NOT NULL,
    [TRIGGER_GROUP] nvarchar(150) NOT NULL,
    [BLOB_DATA] varbinary(max) NULL,
    CONSTRAINT [PK_QRTZ_BLOB_TRIGGERS] PRIMARY KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz job store: serialized custom trigger types (unused by the shipped schedules, required by Quartz''s schema check).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_BLOB_TRIGGERS';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scheduler name (Scheduler:SchedulerName); nodes of one cluster share it.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_BLOB_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'SCHED_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger name.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_BLOB_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger group.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_BLOB_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_GROUP';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Serialized trigger.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_BLOB_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'BLOB_DATA';
GO
