CREATE TABLE [etl].[Setting]
(
    [SettingName] nvarchar(64) NOT NULL,
    [SettingValue] decimal(19, 4) NOT NULL,
    [Description] nvarchar(400) NOT NULL,
    [UpdatedAtUtc] datetime2(3) NULL,
    CONSTRAINT [PK_etl_Setting] PRIMARY KEY CLUSTERED ([SettingName])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Numeric configuration the mart views read (views take no parameters): lapse days, complaint SLA hours, action-list windows. Seeded with the defaults by the post-deployment seed and DuckDB init; the derive step writes the configured values (Snapshot options) before it rebuilds the snapshot. mart.Config pivots it to one row.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Setting';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Setting key, e.g. LapseDays, ComplaintSlaHours.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Setting',
    @level2type = N'COLUMN', @level2name = N'SettingName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Setting value (numbers only).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Setting',
    @level2type = N'COLUMN', @level2name = N'SettingValue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'What the setting controls and its unit.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Setting',
    @level2type = N'COLUMN', @level2name = N'Description';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the derive step last wrote the value (UTC); NULL while it holds the seeded default.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'Setting',
    @level2type = N'COLUMN', @level2name = N'UpdatedAtUtc';
GO
