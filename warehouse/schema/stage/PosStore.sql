CREATE TABLE [stage].[PosStore]
(
    [BatchId] bigint NOT NULL,
    [RowNumber] bigint NOT NULL,
    [StoreId] nvarchar(64) NOT NULL,
    [StoreName] nvarchar(200) NOT NULL,
    [Channel] nvarchar(16) NOT NULL,
    [City] nvarchar(100) NULL,
    [Region] nvarchar(100) NULL,
    [Country] nvarchar(64) NULL,
    [OpenedOn] date NULL,
    CONSTRAINT [PK_stage_PosStore] PRIMARY KEY CLUSTERED ([BatchId], [RowNumber])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Staged canonical pos/stores rows. Rows are bulk loaded here per batch, then applied to dim/fact in one transaction.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosStore';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch the row belongs to (etl.Batch).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosStore',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1-based data row number within the source file (for rejects and lineage).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosStore',
    @level2type = N'COLUMN', @level2name = N'RowNumber';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'store_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosStore',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'name.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosStore',
    @level2type = N'COLUMN', @level2name = N'StoreName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'channel (store or online).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosStore',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'city.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosStore',
    @level2type = N'COLUMN', @level2name = N'City';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'region.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosStore',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'country.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosStore',
    @level2type = N'COLUMN', @level2name = N'Country';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'opened_on.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosStore',
    @level2type = N'COLUMN', @level2name = N'OpenedOn';
GO
