CREATE TABLE [dim].[Campaign]
(
    [CampaignKey] int IDENTITY(1, 1) NOT NULL,
    [CampaignId] nvarchar(64) NOT NULL,
    [CampaignName] nvarchar(200) NOT NULL,
    [Subject] nvarchar(400) NULL,
    [SentAtUtc] datetime2(3) NULL,
    [SentDateKey] int NULL,
    [Segment] nvarchar(100) NULL,
    [Cost] decimal(19, 4) NULL,
    [IsInferred] bit NOT NULL CONSTRAINT [DF_dim_Campaign_IsInferred] DEFAULT (0),
    [BatchId] bigint NULL,
    CONSTRAINT [PK_dim_Campaign] PRIMARY KEY CLUSTERED ([CampaignKey]),
    CONSTRAINT [UQ_dim_Campaign_CampaignId] UNIQUE ([CampaignId])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Email marketing campaign dimension, SCD type 1. Key -1 is the unknown member (events without a campaign).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Campaign';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key; -1 = unknown / no campaign.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Campaign',
    @level2type = N'COLUMN', @level2name = N'CampaignKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key: the email platform campaign_id.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Campaign',
    @level2type = N'COLUMN', @level2name = N'CampaignId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Campaign name.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Campaign',
    @level2type = N'COLUMN', @level2name = N'CampaignName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Email subject line.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Campaign',
    @level2type = N'COLUMN', @level2name = N'Subject';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the campaign was sent (UTC).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Campaign',
    @level2type = N'COLUMN', @level2name = N'SentAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'DateKey of the send date in the business time zone.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Campaign',
    @level2type = N'COLUMN', @level2name = N'SentDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Audience segment the campaign targeted.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Campaign',
    @level2type = N'COLUMN', @level2name = N'Segment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Campaign cost in the warehouse currency, where supplied (for CAC).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Campaign',
    @level2type = N'COLUMN', @level2name = N'Cost';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 while the row was created from an email event and the campaign record has not arrived yet.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Campaign',
    @level2type = N'COLUMN', @level2name = N'IsInferred';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'etl.Batch that last wrote this row; NULL for seeded rows.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Campaign',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
