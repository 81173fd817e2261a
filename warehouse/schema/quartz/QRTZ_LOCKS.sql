CREATE TABLE [quartz].[QRTZ_LOCKS]
(
    [SCHED_NAME] nvarchar(120) NOT NULL,
    [LOCK_NAME] nvarchar(40) NOT NULL,
    CONSTRAINT [PK_QRTZ_LOCKS] PRIMARY KEY ([SCHED_NAME], [LOCK_NAME])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz job store: the rows Quartz locks (UPDLOCK, ROWLOCK) to serialise trigger access and state changes across the cluster''s nodes.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_LOCKS';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scheduler name (Scheduler:SchedulerName); nodes of one cluster share it.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_LOCKS',
    @level2type = N'COLUMN', @level2name = N'SCHED_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Lock name (TRIGGER_ACCESS, STATE_ACCESS).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_LOCKS',
    @level2type = N'COLUMN', @level2name = N'LOCK_NAME';
GO
