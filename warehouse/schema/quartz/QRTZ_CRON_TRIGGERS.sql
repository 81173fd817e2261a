CREATE TABLE [quartz].[QRTZ_CRON_TRIGGERS]
(
    [SCHED_NAME] nvarchar(120) NOT NULL,
    [TRIGGER_NAME] nvarchar(150) NOT NULL,
    [TRIGGER_GROUP] nvarchar(150) NOT NULL,
    [CRON_EXPRESSION] nvarchar(120) NOT NULL,
    [TIME_ZONE_ID] nvarchar(80) NULL,
    CONSTRAINT [PK_QRTZ_CRON_TRIGGERS] PRIMARY KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]),
    CONSTRAINT [FK_QRTZ_CRON_TRIGGERS_QRTZ_TRIGGERS] FOREIGN KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) REFERENCES [quartz].[QRTZ_TRIGGERS] ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) ON DELETE CASCADE
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz job store: cron expression and time zone of each cron trigger.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_CRON_TRIGGERS';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scheduler name (Scheduler:SchedulerName); nodes of one cluster share it.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_CRON_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'SCHED_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger name.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_CRON_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger group.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_CRON_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_GROUP';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz cron expression of the schedule.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_CRON_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'CRON_EXPRESSION';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Time zone of the cron expression (the schedule timeZone).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_CRON_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TIME_ZONE_ID';
GO
