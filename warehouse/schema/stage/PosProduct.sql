CREATE TABLE [stage].[PosProduct]
(
    [BatchId] bigint NOT NULL,
    [RowNumber] bigint NOT NULL,
    [Sku] nvarchar(64) NOT NULL,
    [ProductName] nvarchar(200) NOT NULL,
    [Category] nvarchar(100) NULL,
    [Subcategory] nvarchar(100) NULL,
    [Brand] nvarchar(100) NULL,
    [UnitCost] decimal(19, 4) NULL,
    [ListPrice] decimal(19, 4) NULL,
    [UpdatedAtUtc] datetime2(3) NULL,
    CONSTRAINT [PK_stage_PosProduct] PRIMARY KEY CLUSTERED ([BatchId], [RowNumber])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Staged canonical pos/products rows. Rows are bulk loaded here per batch, then applied to dim/fact in one transaction.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosProduct';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch the row belongs to (etl.Batch).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosProduct',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1-based data row number within the source file (for rejects and lineage).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosProduct',
    @level2type = N'COLUMN', @level2name = N'RowNumber';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'sku.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosProduct',
    @level2type = N'COLUMN', @level2name = N'Sku';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'name.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosProduct',
    @level2type = N'COLUMN', @level2name = N'ProductName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'category.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosProduct',
    @level2type = N'COLUMN', @level2name = N'Category';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'subcategory.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosProduct',
    @level2type = N'COLUMN', @level2name = N'Subcategory';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'brand.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosProduct',
    @level2type = N'COLUMN', @level2name = N'Brand';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'unit_cost.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosProduct',
    @level2type = N'COLUMN', @level2name = N'UnitCost';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'list_price.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosProduct',
    @level2type = N'COLUMN', @level2name = N'ListPrice';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'updated_at (UTC).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosProduct',
    @level2type = N'COLUMN', @level2name = N'UpdatedAtUtc';
GO
