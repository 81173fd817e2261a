CREATE TABLE [fact].[SalesLine]
(
    [SalesLineKey] bigint IDENTITY(1, 1) NOT NULL,
    [OrderId] nvarchar(64) NOT NULL,
    [LineNumber] int NOT NULL,
    [OrderedAtUtc] datetime2(3) NOT NULL,
    [DateKey] int NOT NULL,
    [CustomerKey] int NOT NULL,
    [ProductKey] int NOT NULL,
    [StoreKey] int NOT NULL,
    [Quantity] int NOT NULL,
    [UnitPrice] decimal(19, 4) NOT NULL,
    [DiscountAmount] decimal(19, 4) NOT NULL CONSTRAINT [DF_fact_SalesLine_DiscountAmount] DEFAULT (0),
    [TaxAmount] decimal(19, 4) NOT NULL CONSTRAINT [DF_fact_SalesLine_TaxAmount] DEFAULT (0),
    [UnitCost] decimal(19, 4) NULL,
    [Currency] char(3) NOT NULL,
    [PaymentType] nvarchar(32) NULL,
    [PointsEarned] int NOT NULL CONSTRAINT [DF_fact_SalesLine_PointsEarned] DEFAULT (0),
    [PointsRedeemed] int NOT NULL CONSTRAINT [DF_fact_SalesLine_PointsRedeemed] DEFAULT (0),
    [BatchId] bigint NOT NULL,
    CONSTRAINT [PK_fact_SalesLine] PRIMARY KEY CLUSTERED ([SalesLineKey]),
    CONSTRAINT [UQ_fact_SalesLine_OrderId_LineNumber] UNIQUE ([OrderId], [LineNumber]),
    CONSTRAINT [FK_fact_SalesLine_DateKey] FOREIGN KEY ([DateKey]) REFERENCES [dim].[Date] ([DateKey]),
    CONSTRAINT [FK_fact_SalesLine_CustomerKey] FOREIGN KEY ([CustomerKey]) REFERENCES [dim].[Customer] ([CustomerKey]),
    CONSTRAINT [FK_fact_SalesLine_ProductKey] FOREIGN KEY ([ProductKey]) REFERENCES [dim].[Product] ([ProductKey]),
    CONSTRAINT [FK_fact_SalesLine_StoreKey] FOREIGN KEY ([StoreKey]) REFERENCES [dim].[Store] ([StoreKey])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Sales order lines (grain: one POS order line). Returns are lines with negative Quantity. Net revenue = Quantity * UnitPrice - DiscountAmount (tax excluded); margin uses UnitCost at time of sale.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'SalesLineKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key part 1: POS order_id (degenerate dimension).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'OrderId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key part 2: line number within the order.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'LineNumber';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Order timestamp (UTC).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'OrderedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Order date in the business time zone (dim.Date).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer version current at order time (dim.Customer); -1 = anonymous.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'CustomerKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Product (dim.Product).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'ProductKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store (dim.Store).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'StoreKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Units sold; negative for returns.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'Quantity';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Unit selling price before discount, tax excluded.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'UnitPrice';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Line discount amount (0 when none).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'DiscountAmount';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Line tax amount (0 when none); excluded from revenue.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'TaxAmount';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Unit cost at time of sale (from the line, else the product cost at load time); NULL when unknown.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'UnitCost';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ISO 4217 currency code of the amounts.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'Currency';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Payment type as supplied.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'PaymentType';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty points earned on the line.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'PointsEarned';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty points redeemed on the line.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'PointsRedeemed';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'etl.Batch that last wrote this row (lineage).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SalesLine',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
