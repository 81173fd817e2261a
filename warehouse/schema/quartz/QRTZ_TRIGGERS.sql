CREATE TABLE [quartz].[QRTZ_TRIGGERS]
(
    [SCHED_NAME] nvarchar(120) NOT NULL,
    [TRIGGER_NAME] nvarchar(150) NOT NULL,
    [TRIGGER_GROUP] nvarchar(150) NOT NULL,
    [JOB_NAME] nvarchar(150) NOT NULL,
    [JOB_GROUP] nvarchar(150) NOT NULL,
    [DESCRIPTION] nvarchar(250) NULL,
    [NEXT_FIRE_TIME] bigint NULL,
    [PREV_FIRE_TIME] bigint NULL,
    [PRIORITY] int NULL,
    [TRIGGER_STATE] nvarchar(16) NOT NULL,
    [TRIGGER_TYPE] nvarchar(8) NOT NULL,
    [START_TIME] bigint NOT NULL,
    [END_TIME] bigint NULL,
    [CALENDAR_NAME] nvarchar(200) NULL,
    [MISFIRE_INSTR] int NULL,
    [MISFIRE_ORIG_FIRE_TIME] bigint NULL,
    [EXECUTION_GROUP] nvarchar(200) NULL,
    [PREFERRED_NODE] nvarchar(200) NULL,
    [PREFERRED_NODE_AUTO] bit NOT NULL CONSTRAINT [DF_QRTZ_TRIGGERS_PREFERRED_NODE_AUTO] DEFAULT (0),
    [RETRY_POLICY] nvarchar(250) NULL,
    [RETRY_ATTEMPT] int NULL,
    [CONTINUES_TRIGGER_NAME] nvarchar(150) NULL,
    [CONTINUES_TRIGGER_GROUP] nvarchar(150) NULL,
    [CONTINUATION_CONDITION] int NULL,
    [OVERLAP_POLICY] int NULL,
    [PAUSE_REASON] nvarchar(250) NULL,
    [PAUSED_BY] nvarchar(200) NULL,
    [PAUSED_AT] bigint NULL,
    [MISFIRE_THRESHOLD] bigint NULL,
    [FIXED_DELAY] bit NULL,
    [JOB_DATA] varbinary(max) NULL,
    CONSTRAINT [PK_QRTZ_TRIGGERS] PRIMARY KEY ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]),
    CONSTRAINT [FK_QRTZ_TRIGGERS_QRTZ_JOB_DETAILS] FOREIGN KEY ([SCHED_NAME], [JOB_NAME], [JOB_GROUP]) REFERENCES [quartz].[QRTZ_JOB_DETAILS] ([SCHED_NAME], [JOB_NAME], [JOB_GROUP])
);
GO
CREATE NONCLUSTERED INDEX [IDX_QRTZ_T_J]
    ON [quartz].[QRTZ_TRIGGERS]([SCHED_NAME], [JOB_NAME], [JOB_GROUP]);
GO
CREATE NONCLUSTERED INDEX [IDX_QRTZ_T_G_N]
    ON [quartz].[QRTZ_TRIGGERS]([SCHED_NAME], [TRIGGER_GROUP], [TRIGGER_NAME]);
GO
CREATE NONCLUSTERED INDEX [IDX_QRTZ_T_C]
    ON [quartz].[QRTZ_TRIGGERS]([SCHED_NAME], [CALENDAR_NAME]);
GO
CREATE NONCLUSTERED INDEX [IDX_QRTZ_T_NFT_ST]
    ON [quartz].[QRTZ_TRIGGERS]([SCHED_NAME], [TRIGGER_STATE], [NEXT_FIRE_TIME] ASC, [PRIORITY] DESC, [MISFIRE_INSTR]);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz job store: every trigger (cron triggers of the schedules, one-shot catch-up and business-day triggers, recovery triggers) with its state and next fire time.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scheduler name (Scheduler:SchedulerName); nodes of one cluster share it.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'SCHED_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger name.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger group.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_GROUP';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Job the trigger fires (the schedule name).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'JOB_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Group of the job the trigger fires.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'JOB_GROUP';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger description.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'DESCRIPTION';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Next fire time (.NET ticks, UTC).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'NEXT_FIRE_TIME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Previous fire time (.NET ticks, UTC).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'PREV_FIRE_TIME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger priority (higher fires first when several are due).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'PRIORITY';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger state (WAITING, ACQUIRED, EXECUTING, BLOCKED, PAUSED, COMPLETE, ERROR...).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_STATE';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger type code (CRON, SIMPLE, CAL_INT, DAILY_I, BLOB...).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'TRIGGER_TYPE';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger start time (.NET ticks, UTC).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'START_TIME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger end time (.NET ticks, UTC); NULL for none.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'END_TIME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz calendar excluding fire times; NULL for none.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'CALENDAR_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Misfire instruction code (what to do with a fire time missed by more than the misfire threshold).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'MISFIRE_INSTR';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The fire time a misfire handling replaced (.NET ticks, UTC).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'MISFIRE_ORIG_FIRE_TIME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Execution group that limits where or how often the trigger runs; NULL for none.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'EXECUTION_GROUP';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Node that should fire the trigger; NULL for any.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'PREFERRED_NODE';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Whether the preferred node was assigned by Quartz rather than by the application.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'PREFERRED_NODE_AUTO';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz retry policy of the trigger; NULL for none (retries are the scheduler''s JobRunner''s).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'RETRY_POLICY';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz retry attempt number; NULL when not retrying.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'RETRY_ATTEMPT';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger this one continues (job continuations); NULL for none.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'CONTINUES_TRIGGER_NAME';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Group of the trigger this one continues; NULL for none.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'CONTINUES_TRIGGER_GROUP';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Outcome of the continued trigger that fires this one; NULL for none.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'CONTINUATION_CONDITION';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Overlap policy code of the trigger; NULL for the default.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'OVERLAP_POLICY';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Why the trigger or group was paused.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'PAUSE_REASON';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Who paused the trigger or group.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'PAUSED_BY';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the trigger or group was paused (.NET ticks, UTC).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'PAUSED_AT';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Per-trigger misfire threshold (milliseconds); NULL for the store default.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'MISFIRE_THRESHOLD';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Whether the trigger measures its interval from the end of the previous run; NULL for no.',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'FIXED_DELAY';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trigger job data map (string pairs: the slot and run kind of one-shot triggers).',
    @level0type = N'SCHEMA', @level0name = N'quartz', @level1type = N'TABLE', @level1name = N'QRTZ_TRIGGERS',
    @level2type = N'COLUMN', @level2name = N'JOB_DATA';
GO
