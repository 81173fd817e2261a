CREATE TABLE [fact].[WebSession]
(
    [WebSessionKey] bigint IDENTITY(1, 1) NOT NULL,
    [UserPseudoId] nvarchar(128) NOT NULL,
    [GaSessionId] bigint NOT NULL,
    [SessionStartUtc] datetime2(3) NOT NULL,
    [SessionEndUtc] datetime2(3) NOT NULL,
    [DateKey] int NOT NULL,
    [CustomerKey] int NOT NULL,
    [EventCount] int NOT NULL,
    [PageViews] int NOT NULL,
    [EngagementTimeMsec] bigint NOT NULL,
    [IsEngaged] bit NOT NULL,
    [HasPurchase] bit NOT NULL,
    [PurchaseValue] decimal(19, 4) NULL,
    [Source] nvarchar(200) NULL,
    [Medium] nvarchar(200) NULL,
    [Campaign] nvarchar(200) NULL,
    [LandingPage] nvarchar(2000) NULL,
    [DeviceCategory] nvarchar(32) NULL,
    [Country] nvarchar(64) NULL,
    [BatchId] bigint NOT NULL,
    CONSTRAINT [PK_fact_WebSession] PRIMARY KEY CLUSTERED ([WebSessionKey]),
    CONSTRAINT [UQ_fact_WebSession_UserPseudoId_GaSessionId] UNIQUE ([UserPseudoId], [GaSessionId]),
    CONSTRAINT [FK_fact_WebSession_DateKey] FOREIGN KEY ([DateKey]) REFERENCES [dim].[Date] ([DateKey]),
    CONSTRAINT [FK_fact_WebSession_CustomerKey] FOREIGN KEY ([CustomerKey]) REFERENCES [dim].[Customer] ([CustomerKey])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Web sessions (grain: one GA4 session = user_pseudo_id + ga_session_id), rebuilt from its events when late events arrive.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'WebSessionKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key part 1: GA4 user_pseudo_id (device/browser id).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'UserPseudoId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key part 2: GA4 ga_session_id.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'GaSessionId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Timestamp of the first event (UTC).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'SessionStartUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Timestamp of the last event (UTC).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'SessionEndUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Session start date in the business time zone (dim.Date).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer stitched through user_id for the whole session; -1 = not identified.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'CustomerKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Events in the session.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'EventCount';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'page_view events in the session.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'PageViews';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Sum of engagement_time_msec.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'EngagementTimeMsec';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'GA4 engaged session: lasted > 10 s, or >= 2 page views, or had a purchase.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'IsEngaged';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the session had a purchase event.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'HasPurchase';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Sum of purchase event values; NULL without purchase.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'PurchaseValue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Traffic source of the session.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Traffic medium of the session.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'Medium';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Traffic campaign of the session.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'Campaign';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'page_location of the first page view.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'LandingPage';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Device category (desktop, mobile, tablet).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'DeviceCategory';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Country reported by the analytics tool.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'Country';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'etl.Batch that last wrote this row (lineage).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'WebSession',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
