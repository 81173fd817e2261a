CREATE TABLE [fact].[CustomerMonth]
(
    [YearMonthKey] int NOT NULL,
    [CustomerId] nvarchar(64) NOT NULL,
    [CustomerKey] int NOT NULL,
    [MonthEndDateKey] int NOT NULL,
    [Orders] int NOT NULL,
    [Units] int NOT NULL,
    [Revenue] decimal(19, 4) NOT NULL,
    [Margin] decimal(19, 4) NOT NULL,
    [FirstPurchaseDateKey] int NULL,
    [LastPurchaseDateKey] int NULL,
    [CohortYearMonthKey] int NULL,
    [RecencyDays] int NULL,
    [Frequency] int NOT NULL,
    [MonetaryValue] decimal(19, 4) NOT NULL,
    [RScore] tinyint NULL,
    [FScore] tinyint NULL,
    [MScore] tinyint NULL,
    [RfmSegment] nvarchar(32) NULL,
    [RelationshipStage] nvarchar(16) NULL,
    [IsActive] bit NOT NULL,
    [IsNew] bit NOT NULL,
    [IsLapsed] bit NOT NULL,
    [HistoricalClv] decimal(19, 4) NOT NULL,
    [PredictedClv12m] decimal(19, 4) NULL,
    [ExpectedPurchases12m] decimal(12, 6) NULL,
    [ProbabilityAlive] decimal(9, 6) NULL,
    [EngagementScore] decimal(5, 2) NULL,
    [ModelFitKey] int NULL,
    [SnapshotAtUtc] datetime2(3) NOT NULL,
    [FirstPurchaseStoreKey] int NULL,
    [LastPurchaseStoreKey] int NULL,
    CONSTRAINT [PK_fact_CustomerMonth] PRIMARY KEY CLUSTERED ([YearMonthKey], [CustomerId]),
    CONSTRAINT [FK_fact_CustomerMonth_CustomerKey] FOREIGN KEY ([CustomerKey]) REFERENCES [dim].[Customer] ([CustomerKey]),
    CONSTRAINT [FK_fact_CustomerMonth_MonthEndDateKey] FOREIGN KEY ([MonthEndDateKey]) REFERENCES [dim].[Date] ([DateKey]),
    CONSTRAINT [FK_fact_CustomerMonth_ModelFitKey] FOREIGN KEY ([ModelFitKey]) REFERENCES [fact].[ModelFit] ([ModelFitKey])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer monthly periodic snapshot (grain: customer x calendar month) with purchase figures, RFM, relationship stage, lapse, CLV and engagement as of month end.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Snapshot month yyyymm (dim.Date.YearMonthKey).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Durable customer id (dim.Customer.CustomerId): counts customers across SCD versions.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer version current at month end (dim.Customer).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'CustomerKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'DateKey of the last day of the month.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'MonthEndDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Distinct orders in the month.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'Orders';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net units in the month (returns netted).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'Units';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue in the month.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'Revenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Gross margin in the month.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'Margin';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Date of the first-ever purchase; NULL when none yet.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'FirstPurchaseDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Date of the latest purchase up to month end; NULL when none yet.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'LastPurchaseDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Acquisition cohort: month of the first purchase (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'CohortYearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days from the last purchase to month end.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'RecencyDays';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders to date (F value).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'Frequency';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Average net revenue per order to date (M value).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'MonetaryValue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Recency score 1-5 (quintile).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'RScore';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Frequency score 1-5 (quintile).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'FScore';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Monetary score 1-5 (quintile).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'MScore';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RFM segment from the configured R x F map.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'RfmSegment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Basic, Reactive, Accountable, Proactive or Partnership.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'RelationshipStage';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the customer purchased (net quantity > 0) in the month.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'IsActive';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the first-ever purchase falls in the month.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'IsNew';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the customer crossed the lapse line (LapseDays without purchase) in the month.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'IsLapsed';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Sum of gross margin to month end.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'HistoricalClv';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Predictive 12-month CLV (BG/NBD x Gamma-Gamma, discounted).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'PredictedClv12m';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'BG/NBD expected purchases in the next 12 months.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'ExpectedPurchases12m';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'BG/NBD P(alive) 0-1.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'ProbabilityAlive';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer engagement score 0-100.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'EngagementScore';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Model fit used for the predictions (fact.ModelFit).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'ModelFitKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the snapshot row was computed (UTC).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'SnapshotAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store of the first purchase (dim.Store; the lowest StoreId when several stores sold on that day): the acquisition store that cuts cohorts.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'FirstPurchaseStoreKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store of the latest purchase up to month end (dim.Store; lowest StoreId on ties): the store whose customer base the customer belongs to for lapse, retention and member KPIs.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CustomerMonth',
    @level2type = N'COLUMN', @level2name = N'LastPurchaseStoreKey';
GO
