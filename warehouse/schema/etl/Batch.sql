CREATE TABLE [etl].[Batch]
(
    [BatchId] bigint IDENTITY(1, 1) NOT NULL,
    [Source] nvarchar(16) NOT NULL,
    [Entity] nvarchar(32) NOT NULL,
    [FileName] nvarchar(400) NULL,
    [ContentHash] char(64) NOT NULL,
    [StartedAtUtc] datetime2(3) NOT NULL,
    [FinishedAtUtc] datetime2(3) NULL,
    [RowsRead] bigint NOT NULL CONSTRAINT [DF_etl_Batch_RowsRead] DEFAULT (0),
    [RowsLoaded] bigint NOT NULL CONSTRAINT [DF_etl_Batch_RowsLoaded] DEFAULT (0),
    [RowsRejected] bigint NOT NULL CONSTRAINT [DF_etl_Batch_RowsRejected] DEFAULT (0),
    [RowsDuplicate] bigint NOT NULL CONSTRAINT [DF_etl_Batch_RowsDuplicate] DEFAULT (0),
    [Status] nvarchar(16) NOT NULL,
    [ErrorMessage] nvarchar(4000) NULL,
    [ReplacesBatchId] bigint NULL,
    [LakePath] nvarchar(1000) NULL,
    [JobRunId] uniqueidentifier NULL,
    [FieldWarnings] bigint NOT NULL CONSTRAINT [DF_etl_Batch_FieldWarnings] DEFAULT (0),
    [RowsSuperseded] bigint NOT NULL CONSTRAINT [DF_etl_Batch_RowsSuperseded] DEFAULT (0),
    [FirstReplacedDateKey] int NULL,
    CONSTRAINT [PK_etl_Batch] PRIMARY KEY CLUSTERED ([BatchId]),
    CONSTRAINT [CK_etl_Batch_Status] CHECK ([Status] IN (N'Running', N'Succeeded', N'Failed', N'Skipped', N'Replaced'))
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Load lineage: one row per source file or extract (identified by source + content hash) with its counters and status.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Source: pos, web, email or survey.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'Source';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Entity: customers, products, stores, order_lines, events, campaigns or responses.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'Entity';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Source file name (no directory) or extract name.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'FileName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'SHA-256 of the file content, lower-case hex: re-delivery of the same content is detected here.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'ContentHash';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the batch started (UTC).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'StartedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the batch finished (UTC); NULL while running.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'FinishedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Data rows read from the source.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'RowsRead';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows applied to the warehouse.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'RowsLoaded';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows rejected with a reason (etl.Reject).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'RowsRejected';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rows skipped as duplicates of rows already loaded.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'RowsDuplicate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loaded fact rows of this batch that a later batch replaced (same natural key, or a corrected file of the same name): the fact table holds RowsLoaded - RowsSuperseded rows of this batch. Always 0 for dimension entities, whose rows are versioned or overwritten, not replaced.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'RowsSuperseded';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Earliest business date (yyyymmdd) of the dated fact rows this batch replaced in earlier batches (re-delivered natural keys, or the rows of an earlier version of the file); NULL when it replaced none. The deleted rows leave no date behind, so the snapshot derive rebuilds from this month.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'FirstReplacedDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Running, Succeeded, Failed, Skipped (same content already loaded) or Replaced (superseded by a corrected file).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'Status';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Failure reason for Failed batches.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'ErrorMessage';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Earlier batch whose facts this batch replaced (corrected re-delivery).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'ReplacesBatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Workspace-relative path of the landed Parquet file.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'LakePath';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Job run that processed the batch (etl.JobRun.RunId).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'JobRunId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Optional fields of loaded rows stored as NULL because their value could not be read (InvalidOptionalValues = Null); each is listed with its reason in rejects/<source>/<file>.warnings.csv. The rows count as loaded.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Batch',
    @level2type = N'COLUMN', @level2name = N'FieldWarnings';
GO
