CREATE TABLE [stage].[CustomerMonthBase]
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
    [IsActive] int NOT NULL,
    [IsNew] int NOT NULL,
    [IsLapsed] int NOT NULL,
    [HistoricalClv] decimal(19, 4) NOT NULL,
    [FirstPurchaseStoreKey] int NULL,
    [LastPurchaseStoreKey] int NULL,
    CONSTRAINT [PK_stage_CustomerMonthBase] PRIMARY KEY CLUSTERED ([YearMonthKey], [CustomerId])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scratch table of the derive step: the set-based part of the customer-month snapshot (purchases, recency, frequency, lapse, historical CLV) for the months being rebuilt, before the C# models add scores. Emptied at the start of every derive run.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Snapshot month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Durable customer id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer version current at month end.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'CustomerKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'DateKey of the last day of the month.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'MonthEndDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchase orders (net quantity > 0) in the month.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'Orders';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net units in the month (returns netted).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'Units';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue in the month.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'Revenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Gross margin in the month.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'Margin';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First purchase date; NULL when none yet.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'FirstPurchaseDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Latest purchase date up to month end; NULL when none yet.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'LastPurchaseDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month of the first purchase.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'CohortYearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days from the last purchase to month end.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'RecencyDays';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchase orders to date.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'Frequency';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue to date / purchase orders to date.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'MonetaryValue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when a purchase fell in the month.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'IsActive';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the first purchase fell in the month.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'IsNew';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the customer crossed the lapse line in the month.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'IsLapsed';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Gross margin to month end.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'HistoricalClv';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store of the first purchase.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'FirstPurchaseStoreKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store of the latest purchase up to month end.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthBase',
    @level2type = N'COLUMN', @level2name = N'LastPurchaseStoreKey';
GO
