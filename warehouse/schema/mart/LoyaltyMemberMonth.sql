CREATE VIEW mart.LoyaltyMemberMonth
AS
WITH MonthPoints AS (
    SELECT o.CustomerId, o.YearMonthKey, SUM(o.PointsEarned) AS PointsEarned, SUM(o.PointsRedeemed) AS PointsRedeemed
    FROM mart.OrderSummary AS o
    WHERE o.CustomerId IS NOT NULL
    GROUP BY o.CustomerId, o.YearMonthKey
),
Running AS (
    SELECT
        cm.YearMonthKey, cm.CustomerId, cm.CustomerKey, cm.MonthEndDateKey, cm.Frequency, cm.LastPurchaseDateKey, cm.LastPurchaseStoreKey,
        COALESCE(mp.PointsEarned, 0) AS PointsEarned,
        COALESCE(mp.PointsRedeemed, 0) AS PointsRedeemed,
        SUM(COALESCE(mp.PointsEarned, 0)) OVER (PARTITION BY cm.CustomerId ORDER BY cm.YearMonthKey ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS EarnedToDate,
        SUM(COALESCE(mp.PointsEarned, 0) - COALESCE(mp.PointsRedeemed, 0)) OVER (PARTITION BY cm.CustomerId ORDER BY cm.YearMonthKey ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS NetToDate
    FROM fact.CustomerMonth AS cm
    LEFT JOIN MonthPoints AS mp ON mp.CustomerId = cm.CustomerId AND mp.YearMonthKey = cm.YearMonthKey
),
Floored AS (
    -- The lowest month-end net so far: when it is below 0 the member redeemed more than the data shows them earning,
    -- points earned before the data starts (the feed has no opening balance). Those are taken as covered then, so they
    -- neither make the balance negative nor cancel points earned later: balance = net - MIN(0, lowest net so far).
    SELECT r.*, MIN(r.NetToDate) OVER (PARTITION BY r.CustomerId ORDER BY r.YearMonthKey ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS LowestNetToDate
    FROM Running AS r
)
SELECT
    f.YearMonthKey,
    f.CustomerId,
    f.CustomerKey,
    c.LoyaltyId,
    f.MonthEndDateKey AS AsOfDateKey,
    CAST(f.Frequency AS int) AS PurchasesToDate,
    f.LastPurchaseDateKey,
    f.LastPurchaseStoreKey,
    CAST(f.PointsEarned AS bigint) AS PointsEarned,
    CAST(f.PointsRedeemed AS bigint) AS PointsRedeemed,
    CAST(f.EarnedToDate AS bigint) AS PointsEarnedToDate,
    CAST(f.NetToDate - CASE WHEN f.LowestNetToDate < 0 THEN f.LowestNetToDate ELSE 0 END AS bigint) AS PointsBalance,
    CAST(CASE WHEN f.LowestNetToDate < 0 THEN -f.LowestNetToDate ELSE 0 END AS bigint) AS PointsRedeemedBeyondEarned
FROM Floored AS f
INNER JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey
WHERE c.LoyaltyId IS NOT NULL;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Each loyalty member''s purchases and points as of each month end (YearMonthKey): the one definition of a member''s point balance, read by mart.LoyaltyPoints and mart.ActionRewardNextPurchase. A member is a customer whose customer version current at month end (fact.CustomerMonth.CustomerKey) has a loyalty id. Points are those on the customer''s orders (mart.OrderSummary, returns included: a return''s negative points earned claw them back). Balance = points earned - redeemed to date, never negative: when a member has redeemed more than the data shows them earning (points from before the data starts, which the feed carries no opening balance for), the excess is taken as drawn on those earlier points: it is reported in PointsRedeemedBeyondEarned and neither makes the balance negative nor cancels points earned later. The floor applies at month ends (the order of earning and redeeming within a month is not used).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm the figures are as of (its end).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer business key.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The customer version current at month end.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth',
    @level2type = N'COLUMN', @level2name = N'CustomerKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty id of that version.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth',
    @level2type = N'COLUMN', @level2name = N'LoyaltyId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The month''s last day.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth',
    @level2type = N'COLUMN', @level2name = N'AsOfDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchase orders (net quantity > 0) to month end, all of the customer''s (the feed has no join date): fact.CustomerMonth.Frequency.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth',
    @level2type = N'COLUMN', @level2name = N'PurchasesToDate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Date of the latest purchase (NULL when none).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth',
    @level2type = N'COLUMN', @level2name = N'LastPurchaseDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store of the latest purchase, the member''s home store (NULL when none).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth',
    @level2type = N'COLUMN', @level2name = N'LastPurchaseStoreKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Points earned on the month''s orders (net of clawbacks on returns).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth',
    @level2type = N'COLUMN', @level2name = N'PointsEarned';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Points redeemed on the month''s orders.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth',
    @level2type = N'COLUMN', @level2name = N'PointsRedeemed';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Points earned up to month end.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth',
    @level2type = N'COLUMN', @level2name = N'PointsEarnedToDate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Outstanding points at month end: earned - redeemed to date, plus PointsRedeemedBeyondEarned (never negative).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth',
    @level2type = N'COLUMN', @level2name = N'PointsBalance';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Points redeemed beyond what the data shows earned, taken as earned before the data starts (largest deficit of earned - redeemed at any month end so far).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyMemberMonth',
    @level2type = N'COLUMN', @level2name = N'PointsRedeemedBeyondEarned';
GO
