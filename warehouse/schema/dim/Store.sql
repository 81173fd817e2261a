CREATE TABLE [dim].[Store]
(
    [StoreKey] int IDENTITY(1, 1) NOT NULL,
    [StoreId] nvarchar(64) NOT NULL,
    [StoreName] nvarchar(200) NOT NULL,
    [Channel] nvarchar(16) NOT NULL,
    [City] nvarchar(100) NULL,
    [Region] nvarchar(100) NULL,
    [Country] nvarchar(64) NULL,
    [OpenedOn] date NULL,
    [IsInferred] bit NOT NULL CONSTRAINT [DF_dim_Store_IsInferred] DEFAULT (0),
    [BatchId] bigint NULL,
    CONSTRAINT [PK_dim_Store] PRIMARY KEY CLUSTERED ([StoreKey]),
    CONSTRAINT [UQ_dim_Store_StoreId] UNIQUE ([StoreId]),
    CONSTRAINT [CK_dim_Store_Channel] CHECK ([Channel] IN (N'store', N'online', N'unknown'))
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store dimension (physical shops and the online store), SCD type 1. Key -1 is the unknown member.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Store';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key; -1 = unknown store.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Store',
    @level2type = N'COLUMN', @level2name = N'StoreKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key: the POS store_id.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Store',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store name.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Store',
    @level2type = N'COLUMN', @level2name = N'StoreName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Sales channel: store, online or unknown.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Store',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'City.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Store',
    @level2type = N'COLUMN', @level2name = N'City';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Region.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Store',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Country.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Store',
    @level2type = N'COLUMN', @level2name = N'Country';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Opening date.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Store',
    @level2type = N'COLUMN', @level2name = N'OpenedOn';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 while the row was created from an order line and the store record has not arrived yet.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Store',
    @level2type = N'COLUMN', @level2name = N'IsInferred';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'etl.Batch that last wrote this row; NULL for seeded rows.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Store',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
