CREATE VIEW mart.Config
AS
SELECT
    CAST(MAX(CASE WHEN s.SettingName = N'LapseDays' THEN s.SettingValue END) AS int) AS LapseDays,
    CAST(MAX(CASE WHEN s.SettingName = N'ComplaintSlaHours' THEN s.SettingValue END) AS decimal(12, 2)) AS ComplaintSlaHours,
    CAST(MAX(CASE WHEN s.SettingName = N'ActiveMemberDays' THEN s.SettingValue END) AS int) AS ActiveMemberDays,
    CAST(MAX(CASE WHEN s.SettingName = N'DetractorFollowUpDays' THEN s.SettingValue END) AS int) AS DetractorFollowUpDays,
    CAST(MAX(CASE WHEN s.SettingName = N'PromoterRecentDays' THEN s.SettingValue END) AS int) AS PromoterRecentDays,
    CAST(MAX(CASE WHEN s.SettingName = N'WinBackMaxDays' THEN s.SettingValue END) AS int) AS WinBackMaxDays
FROM etl.Setting AS s;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'One row with the numeric settings of etl.Setting as typed columns; KPI views CROSS JOIN it because views take no parameters.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days without a purchase after which a customer is lapsed (default 180).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'LapseDays';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Complaint resolution SLA in hours (default 48).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'ComplaintSlaHours';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'A member is active with a purchase within this many days (default 90).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'ActiveMemberDays';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Window of the detractor follow-up list in days (default 14).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'DetractorFollowUpDays';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Promoters who bought within this many days are referral candidates (default 30).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'PromoterRecentDays';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Upper bound of the win-back window in days since the last purchase (default 365).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'WinBackMaxDays';
GO
