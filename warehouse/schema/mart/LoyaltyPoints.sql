CREATE VIEW mart.LoyaltyPoints
AS
WITH Base AS (
    -- Points by the member's home store at month end (the store of the latest purchase, None when none), as mart.Loyalty cuts its customer base.
    SELECT
        'P' AS RowKind, m.YearMonthKey,
        COALESCE(st.StoreId, 'None') AS StoreId,
        CASE WHEN st.StoreKey IS NULL THEN 'None' ELSE COALESCE(st.Region, 'Unknown') END AS Region,
        1 AS Members, m.PointsEarned, m.PointsRedeemed, m.PointsBalance, m.PointsRedeemedBeyondEarned,
        CAST(0 AS decimal(19, 4)) AS NetRevenue
    FROM mart.LoyaltyMemberMonth AS m
    LEFT JOIN dim.Store AS st ON st.StoreKey = m.LastPurchaseStoreKey
    UNION ALL
    -- Revenue by the store of the order, every order (anonymous and returns included), as mart.Profitability.
    SELECT 'R', o.YearMonthKey, o.StoreId, o.Region, 0, 0, 0, 0, 0, o.NetRevenue
    FROM mart.OrderSummary AS o
    UNION ALL
    SELECT 'M', mo.YearMonthKey, NULL, NULL, 0, 0, 0, 0, 0, 0
    FROM mart.Month AS mo
),
Agg AS (
    SELECT
        b.YearMonthKey,
        cut.CutLevel,
        CASE WHEN cut.CutLevel = 'Store' THEN b.StoreId ELSE 'All' END AS StoreId,
        CASE WHEN cut.CutLevel = 'Region' THEN b.Region ELSE 'All' END AS Region,
        CAST(SUM(b.Members) AS int) AS Members,
        CAST(SUM(b.PointsEarned) AS bigint) AS PointsEarned,
        CAST(SUM(b.PointsRedeemed) AS bigint) AS PointsRedeemed,
        CAST(SUM(b.PointsBalance) AS bigint) AS PointsOutstanding,
        CAST(SUM(b.PointsRedeemedBeyondEarned) AS bigint) AS PointsRedeemedBeyondEarned,
        CAST(SUM(b.NetRevenue) AS decimal(19, 4)) AS NetRevenue
    FROM Base AS b
    CROSS JOIN mart.CutLevel AS cut
    WHERE cut.CutLevel IN ('All', 'Store', 'Region') AND (b.RowKind <> 'M' OR cut.CutLevel = 'All')
    GROUP BY b.YearMonthKey, cut.CutLevel,
        CASE WHEN cut.CutLevel = 'Store' THEN b.StoreId ELSE 'All' END,
        CASE WHEN cut.CutLevel = 'Region' THEN b.Region ELSE 'All' END
)
SELECT
    a.YearMonthKey, a.CutLevel, a.StoreId, a.Region,
    a.Members,
    a.PointsEarned,
    a.PointsRedeemed,
    a.PointsOutstanding,
    a.PointsRedeemedBeyondEarned,
    cfg.PointValue,
    CAST(a.PointsOutstanding * cfg.PointValue AS decimal(19, 4)) AS PointsLiability,
    a.NetRevenue,
    CAST(CAST(a.PointsRedeemed AS decimal(19, 4)) / NULLIF(CAST(a.PointsEarned AS decimal(19, 4)), 0) AS decimal(9, 4)) AS RedemptionRate
FROM Agg AS a
CROSS JOIN mart.Config AS cfg;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty points liability by month (YearMonthKey) and cut (CutLevel All/Store/Region; the other cut column holds All): the points loyalty members hold at month end (mart.LoyaltyMemberMonth: earned - redeemed to date per member, never negative) valued at Snapshot:PointValue, beside the month''s net revenue. Points cut by the member''s home store at month end (None = members who never bought), revenue by the store of the order. Members only: points on orders of customers without a loyalty id at month end belong to no account and are not counted. mart.Loyalty.PointsOutstanding and PointsLiability are the same sums on its All, Store and Region cuts (one definition: the member balance of mart.LoyaltyMemberMonth). A month without data still has its All row.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Store or Region.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Home store id (points) / order store id (revenue) on Store rows, else All (None = members who never bought).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Its region on Region rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty members at month end.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints',
    @level2type = N'COLUMN', @level2name = N'Members';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Points members earned on the month''s orders (net of clawbacks on returns).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints',
    @level2type = N'COLUMN', @level2name = N'PointsEarned';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Points members redeemed on the month''s orders.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints',
    @level2type = N'COLUMN', @level2name = N'PointsRedeemed';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Sum of the members'' point balances at month end (each never negative).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints',
    @level2type = N'COLUMN', @level2name = N'PointsOutstanding';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Points members redeemed beyond what the data shows them earning, taken as earned before the data starts and left out of PointsOutstanding.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints',
    @level2type = N'COLUMN', @level2name = N'PointsRedeemedBeyondEarned';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Money per point (Snapshot:PointValue).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints',
    @level2type = N'COLUMN', @level2name = N'PointValue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'PointsOutstanding x PointValue: what the points held at month end would cost if all were redeemed.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints',
    @level2type = N'COLUMN', @level2name = N'PointsLiability';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue of the month''s orders (all orders: anonymous, non-members and returns included).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints',
    @level2type = N'COLUMN', @level2name = N'NetRevenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'PointsRedeemed / PointsEarned (NULL without points earned).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'LoyaltyPoints',
    @level2type = N'COLUMN', @level2name = N'RedemptionRate';
GO
