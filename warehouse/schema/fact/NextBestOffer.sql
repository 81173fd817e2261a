CREATE TABLE [fact].[NextBestOffer]
(
    [YearMonthKey] int NOT NULL,
    [CustomerId] nvarchar(64) NOT NULL,
    [OfferRank] int NOT NULL,
    [OfferItem] nvarchar(100) NOT NULL,
    [OfferName] nvarchar(200) NOT NULL,
    [BecauseItem] nvarchar(100) NOT NULL,
    [BecauseName] nvarchar(200) NOT NULL,
    [Confidence] decimal(19, 6) NOT NULL,
    [Lift] decimal(19, 6) NOT NULL,
    [BecauseOrders] int NOT NULL,
    [OrdersWithBoth] int NOT NULL,
    [WindowMonths] int NOT NULL,
    [DerivedAtUtc] datetime2(3) NOT NULL,
    CONSTRAINT [PK_fact_NextBestOffer] PRIMARY KEY CLUSTERED ([YearMonthKey], [CustomerId], [OfferRank])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Next best offers materialised by the snapshot derive (grain: report month x customer x offer rank), written set-based from etl.NextBestOfferSource for the latest Snapshot:OfferMonths months the derive rebuilds (DELETE + INSERT in its transaction). A month without rows was not materialised (or has no offers): it never holds offers of an older derive, because every derive deletes the offers of each month it rebuilds.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The report month the offers are as of (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer id.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 = the best offer for the customer that month.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'OfferRank';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The item offered: SKU, or category at category level.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'OfferItem';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'What the offered item is called.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'OfferName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The item the customer bought that points to the offer.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'BecauseItem';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'What that item is called.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'BecauseName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Share of the window''s orders with BecauseItem that also had OfferItem.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'Confidence';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Confidence divided by the share of all orders with OfferItem.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'Lift';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders in the window with BecauseItem.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'BecauseOrders';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders in the window with both items.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'OrdersWithBoth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Months in the trailing window (Snapshot:AffinityWindowMonths).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'WindowMonths';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the derive wrote the month''s offers (UTC).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'DerivedAtUtc';
GO
