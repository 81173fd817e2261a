CREATE TABLE [dim].[Product]
(
    [ProductKey] int IDENTITY(1, 1) NOT NULL,
    [Sku] nvarchar(64) NOT NULL,
    [ProductName] nvarchar(200) NOT NULL,
    [Category] nvarchar(100) NULL,
    [Subcategory] nvarchar(100) NULL,
    [Brand] nvarchar(100) NULL,
    [UnitCost] decimal(19, 4) NULL,
    [ListPrice] decimal(19, 4) NULL,
    [SourceUpdatedAtUtc] datetime2(3) NULL,
    [IsInferred] bit NOT NULL CONSTRAINT [DF_dim_Product_IsInferred] DEFAULT (0),
    [BatchId] bigint NULL,
    CONSTRAINT [PK_dim_Product] PRIMARY KEY CLUSTERED ([ProductKey]),
    CONSTRAINT [UQ_dim_Product_Sku] UNIQUE ([Sku])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Product (SKU) dimension, SCD type 1. Key -1 is the unknown member.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Product';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key; -1 = unknown product.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Product',
    @level2type = N'COLUMN', @level2name = N'ProductKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key: the stock keeping unit code.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Product',
    @level2type = N'COLUMN', @level2name = N'Sku';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Product name.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Product',
    @level2type = N'COLUMN', @level2name = N'ProductName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Product category.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Product',
    @level2type = N'COLUMN', @level2name = N'Category';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Product subcategory.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Product',
    @level2type = N'COLUMN', @level2name = N'Subcategory';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Brand.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Product',
    @level2type = N'COLUMN', @level2name = N'Brand';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Current unit cost (order lines carry their own cost at time of sale).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Product',
    @level2type = N'COLUMN', @level2name = N'UnitCost';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Current list price.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Product',
    @level2type = N'COLUMN', @level2name = N'ListPrice';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'updated_at of the source record (UTC).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Product',
    @level2type = N'COLUMN', @level2name = N'SourceUpdatedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 while the row was created from an order line and the product record has not arrived yet.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Product',
    @level2type = N'COLUMN', @level2name = N'IsInferred';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'etl.Batch that last wrote this row; NULL for seeded rows.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Product',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
