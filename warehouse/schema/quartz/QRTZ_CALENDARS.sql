CREATE TABLE [quartz].[QRTZ_CALENDARS]
(
    [SCHED_NAME] nvarchar(120) NOT NULL,
    [CALENDAR_NAME] nvarchar(200) NOT NULL,
    [CALENDAR] varbinary(max) NOT NULL,
    CONSTRAINT [PK_QRTZ_CALENDARS] PRIMARY KEY ([SCHED_NAME], [CALENDAR_NAME])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz job store: serialized Quartz calendars (unused: holidays live in the schedule definitions).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_CALENDARS';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scheduler name (Scheduler:SchedulerName); nodes of one cluster share it.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_CALENDARS',
    @level2type = N'COLUMN', @level2name = N'SCHED_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz calendar excluding fire times; NULL for none.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_CALENDARS',
    @level2type = N'COLUMN', @level2name = N'CALENDAR_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Serialized calendar.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_CALENDARS',
    @level2type = N'COLUMN', @level2name = N'CALENDAR';
GO
