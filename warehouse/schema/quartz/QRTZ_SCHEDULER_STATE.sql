CREATE TABLE [quartz].[QRTZ_SCHEDULER_STATE]
(
    [SCHED_NAME] nvarchar(120) NOT NULL,
    [INSTANCE_NAME] nvarchar(200) NOT NULL,
    [LAST_CHECKIN_TIME] bigint NOT NULL,
    [CHECKIN_INTERVAL] bigint NOT NULL,
    [QUARTZ_VERSION] nvarchar(20) NULL,
    CONSTRAINT [PK_QRTZ_SCHEDULER_STATE] PRIMARY KEY ([SCHED_NAME], [INSTANCE_NAME])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz job store: one row per live service node of the cluster (instance id and last check-in), read by crm-insights status.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SCHEDULER_STATE';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scheduler name (Scheduler:SchedulerName); nodes of one cluster share it.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SCHEDULER_STATE',
    @level2type = N'COLUMN', @level2name = N'SCHED_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Instance id of the node (distinct per node, generated at start).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SCHEDULER_STATE',
    @level2type = N'COLUMN', @level2name = N'INSTANCE_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last check-in of the node (.NET ticks, UTC); a node silent past its interval plus the misfire threshold is recovered by another.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SCHEDULER_STATE',
    @level2type = N'COLUMN', @level2name = N'LAST_CHECKIN_TIME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Check-in interval of the node (milliseconds; Scheduler:ClusterCheckinInterval).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SCHEDULER_STATE',
    @level2type = N'COLUMN', @level2name = N'CHECKIN_INTERVAL';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz version the node runs.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_SCHEDULER_STATE',
    @level2type = N'COLUMN', @level2name = N'QUARTZ_VERSION';
GO
