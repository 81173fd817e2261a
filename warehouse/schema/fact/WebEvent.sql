CREATE TABLE [fact].[WebEvent]
(
    [WebEventKey] bigint IDENTITY(1, 1) NOT NULL,
    [UserPseudoId] nvarchar(128) NOT NULL,
    [GaSessionId] bigint NOT NULL,
    [EventTimestampMicros] bigint NOT NULL,
    [EventName] nvarchar(64) NOT NULL,
    [EventAtUtc] datetime2(6) NOT NULL,
    [DateKey] int NOT NULL,
    [UserId] nvarchar(64) NULL,
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
    [BatchId] bigint NOT NULL,
    CONSTRAINT [PK_fact_WebEvent] PRIMARY KEY CLUSTERED ([WebEventKey]),
    CONSTRAINT [UQ_fact_WebEvent_NaturalKey] UNIQUE ([UserPseudoId], [GaSessionId], [EventTimestampMicros], [EventName]),
    CONSTRAINT [FK_fact_WebEvent_DateKey] FOREIGN KEY ([DateKey]) REFERENCES [dim].[Date] ([DateKey])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Raw web analytics events (grain: one GA4 event). Kept so that fact.WebSession can be rebuilt when late or corrected events of a session arrive.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'WebEventKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key part 1: GA4 user_pseudo_id (device/browser).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'UserPseudoId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key part 2: ga_session_id; (UserPseudoId, GaSessionId) is the session.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'GaSessionId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key part 3: event_timestamp, microseconds since the Unix epoch (UTC).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'EventTimestampMicros';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key part 4: event_name (page_view, purchase, ...).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'EventName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Event time (UTC).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'EventAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Event date in the business time zone (dim.Date).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'user_id (= POS customer_id) when the visitor was logged in.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'UserId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'page_location.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'PageLocation';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'page_referrer.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'PageReferrer';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Traffic source.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Traffic medium.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'Medium';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Traffic campaign.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'Campaign';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'desktop, mobile or tablet.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'DeviceCategory';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Visitor country.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'Country';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Order id of a purchase event.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'TransactionId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchase value.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'Value';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'engagement_time_msec.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'EngagementTimeMsec';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'etl.Batch that last wrote this row (lineage).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebEvent',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
