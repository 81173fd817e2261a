CREATE TABLE [stage].[EmailEvent]
(
    [BatchId] bigint NOT NULL,
    [RowNumber] bigint NOT NULL,
    [EventId] nvarchar(128) NOT NULL,
    [Email] nvarchar(320) NOT NULL,
    [EmailNormalized] nvarchar(320) NOT NULL,
    [EventAtUtc] datetime2(3) NOT NULL,
    [DateKey] int NOT NULL,
    [EventType] nvarchar(16) NOT NULL,
    [CampaignId] nvarchar(64) NULL,
    [Url] nvarchar(2000) NULL,
    [Reason] nvarchar(1000) NULL,
    [BounceType] nvarchar(8) NULL,
    [MachineOpen] bit NULL,
    CONSTRAINT [PK_stage_EmailEvent] PRIMARY KEY CLUSTERED ([BatchId], [RowNumber])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Staged canonical email/events rows. Rows are bulk loaded here per batch, then applied to dim/fact in one transaction.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch the row belongs to (etl.Batch).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1-based data row number within the source file (for rejects and lineage).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'RowNumber';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'event_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'EventId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'email.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'email trimmed and lower-cased.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'EmailNormalized';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'timestamp (unix seconds) as UTC timestamp.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'EventAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Event local date (yyyymmdd).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'event.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'EventType';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'campaign_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'CampaignId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'url.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'Url';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'reason.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'Reason';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'bounce_type.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'BounceType';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'machine_open.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailEvent',
    @level2type = N'COLUMN', @level2name = N'MachineOpen';
GO
