CREATE TABLE [stage].[CampaignAudience]
(
    [BatchId] bigint NOT NULL,
    [RowNumber] bigint NOT NULL,
    [CampaignId] nvarchar(64) NOT NULL,
    [Email] nvarchar(320) NOT NULL,
    [EmailNormalized] nvarchar(320) NOT NULL,
    [AudienceGroup] nvarchar(16) NOT NULL,
    [CustomerId] nvarchar(64) NULL,
    CONSTRAINT [PK_stage_CampaignAudience] PRIMARY KEY CLUSTERED ([BatchId], [RowNumber])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Staged canonical email/audiences rows. Rows are bulk loaded here per batch, then applied to fact.CampaignAudience in one transaction.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CampaignAudience';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch the row belongs to (etl.Batch).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CampaignAudience',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1-based data row number within the source file (for rejects and lineage).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CampaignAudience',
    @level2type = N'COLUMN', @level2name = N'RowNumber';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'campaign_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CampaignAudience',
    @level2type = N'COLUMN', @level2name = N'CampaignId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'email.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CampaignAudience',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'email trimmed and lower-cased.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CampaignAudience',
    @level2type = N'COLUMN', @level2name = N'EmailNormalized';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'group: treatment or control.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CampaignAudience',
    @level2type = N'COLUMN', @level2name = N'AudienceGroup';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'customer_id when the email tool knows it.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CampaignAudience',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
