CREATE TABLE [stage].[PosOrderLine]
(
    [BatchId] bigint NOT NULL,
    [RowNumber] bigint NOT NULL,
    [OrderId] nvarchar(64) NOT NULL,
    [LineNumber] int NOT NULL,
    [OrderedAtUtc] datetime2(3) NOT NULL,
    [DateKey] int NOT NULL,
    [StoreId] nvarchar(64) NOT NULL,
    [CustomerId] nvarchar(64) NULL,
    [Sku] nvarchar(64) NOT NULL,
    [Quantity] int NOT NULL,
    [UnitPrice] decimal(19, 4) NOT NULL,
    [DiscountAmount] decimal(19, 4) NULL,
    [TaxAmount] decimal(19, 4) NULL,
    [Currency] char(3) NULL,
    [UnitCost] decimal(19, 4) NULL,
    [PaymentType] nvarchar(32) NULL,
    [PointsEarned] int NULL,
    [PointsRedeemed] int NULL,
    [LoyaltyId] nvarchar(64) NULL,
    [EmailNormalized] nvarchar(320) NULL,
    [InferredCustomerId] nvarchar(64) NULL,
    CONSTRAINT [PK_stage_PosOrderLine] PRIMARY KEY CLUSTERED ([BatchId], [RowNumber])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Staged canonical pos/order_lines rows. Rows are bulk loaded here per batch, then applied to dim/fact in one transaction.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch the row belongs to (etl.Batch).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1-based data row number within the source file (for rejects and lineage).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'RowNumber';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'order_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'OrderId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'line_number.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'LineNumber';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ordered_at converted to UTC.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'OrderedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ordered_at local date in the business time zone (yyyymmdd).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'store_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'customer_id; NULL = anonymous.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'sku.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'Sku';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'quantity (negative = return).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'Quantity';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'unit_price.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'UnitPrice';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'discount_amount.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'DiscountAmount';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'tax_amount.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'TaxAmount';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'currency.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'Currency';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'unit_cost.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'UnitCost';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'payment_type.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'PaymentType';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'loyalty_points_earned.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'PointsEarned';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'loyalty_points_redeemed.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'PointsRedeemed';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'loyalty_id: resolves the buyer through dim.Customer.LoyaltyId when customer_id is blank (the load fills CustomerId).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'LoyaltyId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'email, trimmed and lower-cased: resolves the buyer through dim.Customer.EmailNormalized when customer_id and loyalty_id are blank.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'EmailNormalized';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The id an inferred customer gets when loyalty_id or email match no customer yet (loyalty:<id> or email:<hash>); adopted by the master record that carries the same loyalty id or email.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosOrderLine',
    @level2type = N'COLUMN', @level2name = N'InferredCustomerId';
GO
