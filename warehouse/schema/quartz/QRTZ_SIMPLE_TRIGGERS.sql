CREATE TABLE [quartz].[QRTZ_SIMPLE_TRIGGERS]
(
    [SCHED_NAME] nvarchar(120) NOT NULL,
    [TRIGGER_NAME] nvarchar(150) NOT NULL,
    [TRIGGER_GROUP] nvarchar(150) NOT NULL,
    [REPEAT_COUNT] int NOT NULL,
    [REPEAT_INTERVAL] bigint NOT NULL,
    [TIMES_TRIGGERED] int NOT NULL,
    CONSTRAINT [PK_QRTZ_SIMPLE_TRIGGERS] PRIMARY KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]),
    CONSTRAINT [FK_QRTZ_SIMPLE_TRIGGERS_QRTZ_TRIGGERS] FOREIGN KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) REFERENCES [quartz].[QRTZ_TRIGGERS] ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]) ON DELETE CASCADE
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz job store: repeat settings of simple (one-shot) triggers: catch-up, business-day and recovery triggers.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPLE_TRIGGERS';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scheduler name (Scheduler:SchedulerName); nodes of one cluster share it.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPLE_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'SCHED_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger name.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPLE_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger group.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPLE_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_GROUP';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'How often the trigger repeats after its first fire (-1 = forever).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPLE_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'REPEAT_COUNT';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Interval between repeats (milliseconds).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPLE_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'REPEAT_INTERVAL';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'How often the trigger has fired.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SIMPLE_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TIMES_TRIGGERED';
GO
