CREATE TABLE [etl].[SchemaFingerprint]
(
    [Engine] nvarchar(16) NOT NULL,
    [Fingerprint] nvarchar(64) NOT NULL,
    [AppliedAtUtc] datetime2(3) NOT NULL,
    CONSTRAINT [PK_etl_SchemaFingerprint] PRIMARY KEY CLUSTERED ([Engine])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The schema model a warehouse was last brought to, so opening a current embedded DuckDB file skips the schema work. Written by the DuckDB engine in the same transaction as its upgrade; empty on SQL Server, where the dacpac deployment compares the model itself.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'SchemaFingerprint';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Engine the row describes (duckdb).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'SchemaFingerprint',
    @level2type = N'COLUMN', @level2name = N'Engine';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'SHA-256 (hex) over the schema files and the build of the DDL generator that applied them.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'SchemaFingerprint',
    @level2type = N'COLUMN', @level2name = N'Fingerprint';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the schema was last created or upgraded (UTC).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'SchemaFingerprint',
    @level2type = N'COLUMN', @level2name = N'AppliedAtUtc';
GO
