CREATE VIEW mart.ActionRewardNextPurchase
AS
WITH Progress AS (
    SELECT
        m.YearMonthKey, m.CustomerKey, m.CustomerId, m.LoyaltyId, m.AsOfDateKey, m.LastPurchaseDateKey,
        m.PurchasesToDate, m.PointsBalance, m.PointsEarnedToDate,
        CASE WHEN cfg.RewardEveryNthPurchase > 0 THEN m.PurchasesToDate % cfg.RewardEveryNthPurchase END AS PurchasesSinceReward,
        CASE WHEN cfg.RewardEveryNthPurchase > 0 THEN cfg.RewardEveryNthPurchase - m.PurchasesToDate % cfg.RewardEveryNthPurchase END AS PurchasesNeeded,
        CASE WHEN cfg.RewardPointsThreshold > 0 AND m.PointsBalance < cfg.RewardPointsThreshold THEN cfg.RewardPointsThreshold - m.PointsBalance END AS PointsNeeded,
        -- What one purchase of this member typically earns: their points earned to date over their purchases (NULL before any).
        CAST(CAST(m.PointsEarnedToDate AS decimal(19, 4)) / NULLIF(CAST(m.PurchasesToDate AS decimal(19, 4)), 0) AS decimal(19, 4)) AS PointsPerPurchase
    FROM mart.LoyaltyMemberMonth AS m
    CROSS JOIN mart.Config AS cfg
),
Due AS (
    SELECT
        p.*,
        CASE WHEN p.PurchasesNeeded = 1 THEN 1 ELSE 0 END AS ByPurchases,
        CASE WHEN p.PointsNeeded > 0 AND p.PointsNeeded <= p.PointsPerPurchase THEN 1 ELSE 0 END AS ByPoints
    FROM Progress AS p
)
SELECT
    d.YearMonthKey,
    c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone,
    d.LoyaltyId,
    CASE WHEN d.ByPurchases = 1 AND d.ByPoints = 1 THEN 'Purchases and points' WHEN d.ByPurchases = 1 THEN 'Purchases' ELSE 'Points' END AS RewardRule,
    d.PurchasesToDate,
    d.PurchasesSinceReward,
    d.PurchasesNeeded,
    d.PointsBalance,
    d.PointsNeeded,
    d.PointsPerPurchase,
    d.LastPurchaseDateKey,
    d.AsOfDateKey
FROM Due AS d
INNER JOIN dim.Customer AS c ON c.CustomerKey = d.CustomerKey
WHERE d.ByPurchases = 1 OR d.ByPoints = 1;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Action list as of each report month (YearMonthKey): loyalty members one purchase away from a reward at that month''s end, under either reward rule that is on. Every Nth purchase (Snapshot:RewardEveryNthPurchase, default 10, 0 = off): a reward on purchase N, 2N, ...; the member has N - 1 purchases since the last one (purchases to date modulo N = N - 1). Points threshold (Snapshot:RewardPointsThreshold, default 0 = off): the balance (mart.LoyaltyMemberMonth) is below the threshold and the points still needed are at most what one of the member''s purchases earns on average (points earned to date / purchases to date); members at or above it already have their reward. A purchase is an order with net quantity > 0: a return-only order neither counts nor takes a purchase back, its clawed-back points do lower the balance. Members at month end (a loyalty id), opted in to marketing or not: the audience export applies consent and suppression. Personal data: for report recipients whose report definition allows personal data only; on SQL Server the name, email and phone columns are masked (Dynamic Data Masking) for analysts without UNMASK.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The report month the list is as of (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer id.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'FirstName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'LastName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Email (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Phone (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'Phone';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty id at month end.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'LoyaltyId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Which rule the member is one purchase away under: Purchases, Points, or Purchases and points.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'RewardRule';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchase orders to month end.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'PurchasesToDate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchases since the last Nth-purchase reward (PurchasesToDate modulo N); NULL when the rule is off.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'PurchasesSinceReward';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchases still needed for the next Nth-purchase reward (1 on rows listed by it); NULL when the rule is off.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'PurchasesNeeded';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Points balance at month end (never negative).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'PointsBalance';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Points still needed to reach Snapshot:RewardPointsThreshold; NULL when the rule is off or the balance already reaches it.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'PointsNeeded';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Points earned to date / purchases to date: what one more purchase of the member typically earns (NULL before any purchase).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'PointsPerPurchase';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Date of the latest purchase.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'LastPurchaseDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The month''s last day, the date the list is as of.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionRewardNextPurchase',
    @level2type = N'COLUMN', @level2name = N'AsOfDateKey';
GO
