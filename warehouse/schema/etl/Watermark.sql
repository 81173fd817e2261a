CREATE TABLE [etl].[Watermark]
(
    [Source] nvarchar(16) NOT NULL,
    [Entity] nvarchar(32) NOT NULL,
    [WatermarkValue] nvarchar(100) NOT NULL,
    [UpdatedAtUtc] datetime2(3) NOT NULL,
    [BatchId] bigint NULL,
    CONSTRAINT [PK_etl_Watermark] PRIMARY KEY CLUSTERED ([Source], [Entity])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'High-water marks of incremental database extracts (the @since of the next extract).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Watermark';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Source name.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Watermark',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Entity name.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Watermark',
    @level2type = N'COLUMN', @level2name = N'Entity';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last high-water mark, invariant text (ISO 8601 timestamp or integer).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Watermark',
    @level2type = N'COLUMN', @level2name = N'WatermarkValue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the watermark was last advanced (UTC).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Watermark',
    @level2type = N'COLUMN', @level2name = N'UpdatedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch that advanced the watermark.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Watermark',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
