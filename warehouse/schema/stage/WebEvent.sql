CREATE TABLE [stage].[WebEvent]
(
    [BatchId] bigint NOT NULL,
    [RowNumber] bigint NOT NULL,
    [EventTimestampMicros] bigint NOT NULL,
    [EventAtUtc] datetime2(6) NOT NULL,
    [DateKey] int NOT NULL,
    [EventName] nvarchar(64) NOT NULL,
    [UserPseudoId] nvarchar(128) NOT NULL,
    [UserId] nvarchar(64) NULL,
    [GaSessionId] bigint NOT NULL,
    [PageLocation] nvarchar(2000) NULL,
    [PageReferrer] nvarchar(2000) NULL,
    [Source] nvarchar(200) NULL,
    [Medium] nvarchar(200) NULL,
    [Campaign] nvarchar(200) NULL,
    [DeviceCategory] nvarchar(32) NULL,
    [Country] nvarchar(64) NULL,
    [TransactionId] nvarchar(64) NULL,
    [Value] decimal(19, 4) NULL,
    [EngagementTimeMsec] bigint NULL,
    CONSTRAINT [PK_stage_WebEvent] PRIMARY KEY CLUSTERED ([BatchId], [RowNumber])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Staged canonical web/events rows. Rows are bulk loaded here per batch, then applied to dim/fact in one transaction.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch the row belongs to (etl.Batch).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1-based data row number within the source file (for rejects and lineage).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'RowNumber';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'event_timestamp (microseconds since epoch, UTC).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'EventTimestampMicros';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'event_timestamp as UTC timestamp.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'EventAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Event local date in the business time zone (yyyymmdd).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'event_name.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'EventName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'user_pseudo_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'UserPseudoId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'user_id (= customer_id when logged in).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'UserId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ga_session_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'GaSessionId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'page_location.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'PageLocation';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'page_referrer.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'PageReferrer';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'medium.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'Medium';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'campaign.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'Campaign';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'device_category.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'DeviceCategory';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'country.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'Country';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'transaction_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'TransactionId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'value.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'Value';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'engagement_time_msec.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'EngagementTimeMsec';
GO
