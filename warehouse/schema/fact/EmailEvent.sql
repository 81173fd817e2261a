CREATE TABLE [fact].[EmailEvent]
(
    [EmailEventKey] bigint IDENTITY(1, 1) NOT NULL,
    [EventId] nvarchar(128) NOT NULL,
    [EventType] nvarchar(16) NOT NULL,
    [EventAtUtc] datetime2(3) NOT NULL,
    [DateKey] int NOT NULL,
    [CampaignKey] int NOT NULL,
    [CustomerKey] int NOT NULL,
    [Url] nvarchar(2000) NULL,
    [Reason] nvarchar(1000) NULL,
    [BounceType] nvarchar(8) NULL,
    [IsMachineOpen] bit NOT NULL CONSTRAINT [DF_fact_EmailEvent_IsMachineOpen] DEFAULT (0),
    [BatchId] bigint NOT NULL,
    [EmailNormalized] nvarchar(320) MASKED WITH (FUNCTION = 'email()') NULL,
    CONSTRAINT [PK_fact_EmailEvent] PRIMARY KEY CLUSTERED ([EmailEventKey]),
    CONSTRAINT [UQ_fact_EmailEvent_EventId] UNIQUE ([EventId]),
    CONSTRAINT [CK_fact_EmailEvent_EventType] CHECK ([EventType] IN (N'processed', N'delivered', N'deferred', N'bounce', N'dropped', N'open', N'click', N'unsubscribe', N'spamreport')),
    CONSTRAINT [CK_fact_EmailEvent_BounceType] CHECK ([BounceType] IS NULL OR [BounceType] IN (N'hard', N'soft')),
    CONSTRAINT [FK_fact_EmailEvent_DateKey] FOREIGN KEY ([DateKey]) REFERENCES [dim].[Date] ([DateKey]),
    CONSTRAINT [FK_fact_EmailEvent_CampaignKey] FOREIGN KEY ([CampaignKey]) REFERENCES [dim].[Campaign] ([CampaignKey]),
    CONSTRAINT [FK_fact_EmailEvent_CustomerKey] FOREIGN KEY ([CustomerKey]) REFERENCES [dim].[Customer] ([CustomerKey])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Email marketing events (grain: one event_id; at-least-once deliveries are deduplicated on event_id).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'EmailEventKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key: the email platform event_id.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'EventId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'processed, delivered, deferred, bounce, dropped, open, click, unsubscribe or spamreport.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'EventType';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Event timestamp (UTC).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'EventAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Event date in the business time zone (dim.Date).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Campaign (dim.Campaign); -1 = none / unknown.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'CampaignKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer matched by normalised email (dim.Customer); -1 = unknown.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'CustomerKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Clicked URL (click events).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'Url';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Bounce / drop reason as supplied.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'Reason';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hard or soft (bounce events).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'BounceType';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when a privacy proxy opened the email (excluded from human open rate).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'IsMachineOpen';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'etl.Batch that last wrote this row (lineage).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trimmed, lower-cased recipient address (personal data, masked): events of an address no customer has yet go to the unknown member and are matched again on it when a customer with that address is loaded.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'EmailNormalized';
GO
