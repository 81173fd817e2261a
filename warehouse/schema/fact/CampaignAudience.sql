CREATE TABLE [fact].[CampaignAudience]
(
    [CampaignAudienceKey] bigint IDENTITY(1, 1) NOT NULL,
    [CampaignKey] int NOT NULL,
    [EmailNormalized] nvarchar(320) MASKED WITH (FUNCTION = 'email()') NOT NULL,
    [CustomerKey] int NOT NULL,
    [AudienceGroup] nvarchar(16) NOT NULL,
    [BatchId] bigint NOT NULL,
    CONSTRAINT [PK_fact_CampaignAudience] PRIMARY KEY CLUSTERED ([CampaignAudienceKey]),
    CONSTRAINT [UQ_fact_CampaignAudience_CampaignEmail] UNIQUE ([CampaignKey], [EmailNormalized]),
    CONSTRAINT [FK_fact_CampaignAudience_CampaignKey] FOREIGN KEY ([CampaignKey]) REFERENCES [dim].[Campaign] ([CampaignKey]),
    CONSTRAINT [FK_fact_CampaignAudience_CustomerKey] FOREIGN KEY ([CustomerKey]) REFERENCES [dim].[Customer] ([CustomerKey])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Campaign audiences (grain: one campaign and address): who a campaign was meant for and whether they were sent it (treatment) or held out on purpose (control); the groups mart.CampaignUplift compares.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CampaignAudience';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CampaignAudience',
    @level2type = N'COLUMN', @level2name = N'CampaignAudienceKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The campaign (dim.Campaign; an unseen campaign_id is inferred, as for email events).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CampaignAudience',
    @level2type = N'COLUMN', @level2name = N'CampaignKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trimmed, lower-cased member address (personal data, masked); natural key with the campaign.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CampaignAudience',
    @level2type = N'COLUMN', @level2name = N'EmailNormalized';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The member (dim.Customer, current version when loaded): by customer_id, else by address; -1 = unknown, matched when a customer with the address is loaded.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CampaignAudience',
    @level2type = N'COLUMN', @level2name = N'CustomerKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'treatment (sent the campaign) or control (held out, sent nothing).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CampaignAudience',
    @level2type = N'COLUMN', @level2name = N'AudienceGroup';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'etl.Batch that last wrote this row (lineage).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'CampaignAudience',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
