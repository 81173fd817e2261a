CREATE TABLE [stage].[EmailCampaign]
(
    [BatchId] bigint NOT NULL,
    [RowNumber] bigint NOT NULL,
    [CampaignId] nvarchar(64) NOT NULL,
    [CampaignName] nvarchar(200) NOT NULL,
    [Subject] nvarchar(400) NULL,
    [SentAtUtc] datetime2(3) NULL,
    [SentDateKey] int NULL,
    [Segment] nvarchar(100) NULL,
    [Cost] decimal(19, 4) NULL,
    CONSTRAINT [PK_stage_EmailCampaign] PRIMARY KEY CLUSTERED ([BatchId], [RowNumber])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Staged canonical email/campaigns rows. Rows are bulk loaded here per batch, then applied to dim/fact in one transaction.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailCampaign';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch the row belongs to (etl.Batch).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailCampaign',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1-based data row number within the source file (for rejects and lineage).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailCampaign',
    @level2type = N'COLUMN', @level2name = N'RowNumber';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'campaign_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailCampaign',
    @level2type = N'COLUMN', @level2name = N'CampaignId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'name.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailCampaign',
    @level2type = N'COLUMN', @level2name = N'CampaignName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'subject.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailCampaign',
    @level2type = N'COLUMN', @level2name = N'Subject';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'sent_at (UTC).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailCampaign',
    @level2type = N'COLUMN', @level2name = N'SentAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'sent_at local date (yyyymmdd).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailCampaign',
    @level2type = N'COLUMN', @level2name = N'SentDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'segment.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailCampaign',
    @level2type = N'COLUMN', @level2name = N'Segment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'cost.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'EmailCampaign',
    @level2type = N'COLUMN', @level2name = N'Cost';
GO
