CREATE TABLE [etl].[Reject]
(
    [RejectId] bigint IDENTITY(1, 1) NOT NULL,
    [BatchId] bigint NOT NULL,
    [RowNumber] bigint NOT NULL,
    [FieldName] nvarchar(128) NULL,
    [Reason] nvarchar(1000) NOT NULL,
    [RawRow] nvarchar(max) MASKED WITH (FUNCTION = 'default()') NULL,
    [RejectedAtUtc] datetime2(3) NOT NULL,
    CONSTRAINT [PK_etl_Reject] PRIMARY KEY CLUSTERED ([RejectId]),
    CONSTRAINT [FK_etl_Reject_BatchId] FOREIGN KEY ([BatchId]) REFERENCES [etl].[Batch] ([BatchId])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Rejected source rows with the reason; nothing is dropped silently.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Reject';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Reject',
    @level2type = N'COLUMN', @level2name = N'RejectId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch the row came from (etl.Batch).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Reject',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1-based data row number in the source file.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Reject',
    @level2type = N'COLUMN', @level2name = N'RowNumber';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Canonical field that failed; NULL for row-level reasons.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Reject',
    @level2type = N'COLUMN', @level2name = N'FieldName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Why the row was rejected.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Reject',
    @level2type = N'COLUMN', @level2name = N'Reason';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The raw source row (untrusted text that may hold personal data; masked).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Reject',
    @level2type = N'COLUMN', @level2name = N'RawRow';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the row was rejected (UTC).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Reject',
    @level2type = N'COLUMN', @level2name = N'RejectedAtUtc';
GO
