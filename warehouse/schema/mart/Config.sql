CREATE VIEW mart.Config
AS
SELECT
    CAST(MAX(CASE WHEN s.SettingName = 'LapseDays' THEN s.SettingValue END) AS int) AS LapseDays,
    CAST(MAX(CASE WHEN s.SettingName = 'ComplaintSlaHours' THEN s.SettingValue END) AS decimal(12, 2)) AS ComplaintSlaHours,
    CAST(MAX(CASE WHEN s.SettingName = 'ActiveMemberDays' THEN s.SettingValue END) AS int) AS ActiveMemberDays,
    CAST(MAX(CASE WHEN s.SettingName = 'DetractorFollowUpDays' THEN s.SettingValue END) AS int) AS DetractorFollowUpDays,
    CAST(MAX(CASE WHEN s.SettingName = 'PromoterRecentDays' THEN s.SettingValue END) AS int) AS PromoterRecentDays,
    CAST(MAX(CASE WHEN s.SettingName = 'WinBackMaxDays' THEN s.SettingValue END) AS int) AS WinBackMaxDays,
    CAST(COALESCE(MAX(CASE WHEN s.SettingName = 'HighValuePAliveDrop' THEN s.SettingValue END), 0.2) AS decimal(9, 6)) AS HighValuePAliveDrop,
    CAST(COALESCE(MAX(CASE WHEN s.SettingName = 'HighValuePAliveFloor' THEN s.SettingValue END), 0.5) AS decimal(9, 6)) AS HighValuePAliveFloor,
    CAST(COALESCE(MAX(CASE WHEN s.SettingName = 'AttributionClickWindowDays' THEN s.SettingValue END), 7) AS int) AS AttributionClickWindowDays,
    CAST(COALESCE(MAX(CASE WHEN s.SettingName = 'AttributionOpenWindowDays' THEN s.SettingValue END), 1) AS int) AS AttributionOpenWindowDays,
    CAST(COALESCE(MAX(CASE WHEN s.SettingName = 'PointValue' THEN s.SettingValue END), 0.01) AS decimal(19, 4)) AS PointValue,
    CAST(COALESCE(MAX(CASE WHEN s.SettingName = 'RewardEveryNthPurchase' THEN s.SettingValue END), 10) AS int) AS RewardEveryNthPurchase,
    CAST(COALESCE(MAX(CASE WHEN s.SettingName = 'RewardPointsThreshold' THEN s.SettingValue END), 0) AS int) AS RewardPointsThreshold,
    CAST(COALESCE(MAX(CASE WHEN s.SettingName = 'SurveyResponseWindowDays' THEN s.SettingValue END), 14) AS int) AS SurveyResponseWindowDays,
    CAST(COALESCE(MAX(CASE WHEN s.SettingName = 'AffinityLevel' THEN s.SettingValue END), 0) AS int) AS AffinityLevel,
    CAST(COALESCE(MAX(CASE WHEN s.SettingName = 'AffinityWindowMonths' THEN s.SettingValue END), 12) AS int) AS AffinityWindowMonths,
    CAST(COALESCE(MAX(CASE WHEN s.SettingName = 'AffinityMinPairOrders' THEN s.SettingValue END), 10) AS int) AS AffinityMinPairOrders,
    CAST(COALESCE(MAX(CASE WHEN s.SettingName = 'AffinityPartnersPerItem' THEN s.SettingValue END), 5) AS int) AS AffinityPartnersPerItem,
    CAST(COALESCE(MAX(CASE WHEN s.SettingName = 'OffersPerCustomer' THEN s.SettingValue END), 3) AS int) AS OffersPerCustomer
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
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'High-value-at-risk list: a fall in P(alive) over the last 3 months of at least this much is material (default 0.2; the default also when a warehouse predates the setting).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'HighValuePAliveDrop';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'High-value-at-risk list: a P(alive) below this is low whatever its trend (default 0.5).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'HighValuePAliveFloor';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Campaign attribution: an order counts for the campaign its buyer last clicked at most this many days before it (default 7).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'AttributionClickWindowDays';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Campaign attribution without a click in its window: the campaign last opened by a person at most this many days before (default 1).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'AttributionOpenWindowDays';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Money one loyalty point is worth, for the points liability (Snapshot:PointValue, default 0.01; the default also when a warehouse predates the setting).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'PointValue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Reward rule: a reward on every Nth purchase (Snapshot:RewardEveryNthPurchase, default 10; 0 = rule off).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'RewardEveryNthPurchase';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Reward rule: a reward once the points balance reaches this (Snapshot:RewardPointsThreshold, default 0 = rule off).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'RewardPointsThreshold';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey response rate: a response counts for an invitation up to this many days after its send date (default 14; the default also when a warehouse predates the setting).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'SurveyResponseWindowDays';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Product affinity and next best offers: the item is the product (0, the default) or the product category (1) (Snapshot:AffinityLevel, Product or Category; the default also when a warehouse predates the setting).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'AffinityLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Product affinity: the trailing window in months, ending with the report month, whose orders are counted (Snapshot:AffinityWindowMonths, default 12).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'AffinityWindowMonths';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Product affinity: a pair bought together in fewer orders of the window than this is marked small-sample and never drives an offer (Snapshot:AffinityMinPairOrders, default 10).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'AffinityMinPairOrders';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Next best offers: per item a customer bought, only its this many strongest partners (by confidence) are candidates (Snapshot:AffinityPartnersPerItem, default 5).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'AffinityPartnersPerItem';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Next best offers: at most this many offers per customer and month (Snapshot:OffersPerCustomer, default 3).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Config',
    @level2type = N'COLUMN', @level2name = N'OffersPerCustomer';
GO
