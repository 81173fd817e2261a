CREATE VIEW mart.Loyalty
AS
WITH Snap AS (
    SELECT
        cm.YearMonthKey,
        cm.CustomerId,
        cm.RecencyDays,
        cm.IsNew,
        cm.IsLapsed,
        COALESCE(cm.RfmSegment, 'Unscored') AS Segment,
        COALESCE(st.StoreId, 'None') AS StoreId,
        CASE WHEN st.StoreKey IS NULL THEN 'None' ELSE COALESCE(st.Region, 'Unknown') END AS Region,
        COALESCE(st.Channel, 'None') AS Channel,
        CASE WHEN cv.LoyaltyId IS NULL THEN 0 ELSE 1 END AS IsMember,
        -- The member's point balance at month end: its one definition (mart.LoyaltyMemberMonth), 0 for a non-member.
        COALESCE(lm.PointsBalance, 0) AS PointsBalance,
        SUM(cm.Orders) OVER (PARTITION BY cm.CustomerId ORDER BY cm.YearMonthKey ROWS BETWEEN 11 PRECEDING AND CURRENT ROW) AS Orders12
    FROM fact.CustomerMonth AS cm
    INNER JOIN dim.Customer AS cv ON cv.CustomerKey = cm.CustomerKey
    LEFT JOIN dim.Store AS st ON st.StoreKey = cm.LastPurchaseStoreKey
    LEFT JOIN mart.LoyaltyMemberMonth AS lm ON lm.CustomerId = cm.CustomerId AND lm.YearMonthKey = cm.YearMonthKey
),
PurchaseDays AS (
    SELECT o.CustomerId, o.YearMonthKey, o.DayIndex, MIN(o.StoreKey) AS StoreKey
    FROM mart.OrderSummary AS o
    WHERE o.CustomerId IS NOT NULL AND o.IsPurchase = 1
    GROUP BY o.CustomerId, o.YearMonthKey, o.DayIndex
),
Intervals AS (
    SELECT
        p.CustomerId,
        p.YearMonthKey,
        p.StoreKey,
        p.DayIndex - MAX(p.DayIndex) OVER (PARTITION BY p.CustomerId ORDER BY p.DayIndex ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS GapDays
    FROM PurchaseDays AS p
),
Base AS (
    SELECT
        'O' AS RowKind, o.YearMonthKey, o.StoreId, o.Region, o.Channel, COALESCE(cm.RfmSegment, 'Unscored') AS Segment,
        CASE WHEN o.IsPurchase = 1 THEN o.CustomerId END AS ActiveCustomerId,
        CASE WHEN o.IsPurchase = 1 AND cm.IsNew = 1 THEN o.CustomerId END AS NewCustomerId,
        o.IsPurchase AS Orders, o.PointsEarned, o.PointsRedeemed,
        0 AS Lapsed, 0 AS AtStart, 0 AS Retained, 0 AS AtEnd, 0 AS NewInBase, 0 AS Reactivated, 0 AS Buyers12, 0 AS RepeatBuyers12,
        0 AS Members, 0 AS ActiveMembers, 0 AS GapDays, 0 AS Gaps, 0 AS PointsBalance
    FROM mart.OrderSummary AS o
    LEFT JOIN fact.CustomerMonth AS cm ON cm.CustomerId = o.CustomerId AND cm.YearMonthKey = o.YearMonthKey
    WHERE o.CustomerId IS NOT NULL
    UNION ALL
    SELECT
        'E', s.YearMonthKey, s.StoreId, s.Region, s.Channel, s.Segment,
        NULL, NULL, 0, 0, 0,
        CASE WHEN s.IsLapsed = 1 THEN 1 ELSE 0 END,
        0, 0,
        CASE WHEN s.RecencyDays < cfg.LapseDays THEN 1 ELSE 0 END,
        CASE WHEN s.IsNew = 1 THEN 1 ELSE 0 END,
        -- Reactivated: in the base at month end, not new, and not in it at the previous month end (lapsed and came back).
        CASE WHEN s.RecencyDays < cfg.LapseDays AND s.IsNew = 0 AND pm.YearMonthKey IS NOT NULL
            AND (ps.CustomerId IS NULL OR ps.RecencyDays IS NULL OR ps.RecencyDays >= cfg.LapseDays) THEN 1 ELSE 0 END,
        CASE WHEN s.Orders12 >= 1 THEN 1 ELSE 0 END,
        CASE WHEN s.Orders12 >= 2 THEN 1 ELSE 0 END,
        s.IsMember,
        CASE WHEN s.IsMember = 1 AND s.RecencyDays < cfg.ActiveMemberDays THEN 1 ELSE 0 END,
        0, 0, s.PointsBalance
    FROM Snap AS s
    CROSS JOIN mart.Config AS cfg
    INNER JOIN mart.Month AS cur ON cur.YearMonthKey = s.YearMonthKey
    LEFT JOIN mart.Month AS pm ON pm.MonthIndex = cur.MonthIndex - 1
    LEFT JOIN fact.CustomerMonth AS ps ON ps.CustomerId = s.CustomerId AND ps.YearMonthKey = pm.YearMonthKey
    UNION ALL
    -- The base at the start of month nm (= end of month pm), cut by the customer's attributes then; Retained
    -- = still in the base at the end of nm. Only months with a snapshot count, so R <= S on every slice.
    SELECT
        'S', nm.YearMonthKey, s.StoreId, s.Region, s.Channel, s.Segment,
        NULL, NULL, 0, 0, 0,
        0,
        CASE WHEN s.RecencyDays < cfg.LapseDays THEN 1 ELSE 0 END,
        CASE WHEN s.RecencyDays < cfg.LapseDays AND ns.RecencyDays < cfg.LapseDays THEN 1 ELSE 0 END,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM Snap AS s
    CROSS JOIN mart.Config AS cfg
    INNER JOIN mart.Month AS pm ON pm.YearMonthKey = s.YearMonthKey
    INNER JOIN mart.Month AS nm ON nm.MonthIndex = pm.MonthIndex + 1
    INNER JOIN fact.CustomerMonth AS ns ON ns.CustomerId = s.CustomerId AND ns.YearMonthKey = nm.YearMonthKey
    UNION ALL
    SELECT
        'G', i.YearMonthKey, st.StoreId, COALESCE(st.Region, 'Unknown'), st.Channel, COALESCE(cm.RfmSegment, 'Unscored'),
        NULL, NULL, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        i.GapDays, 1, 0
    FROM Intervals AS i
    INNER JOIN dim.Store AS st ON st.StoreKey = i.StoreKey
    LEFT JOIN fact.CustomerMonth AS cm ON cm.CustomerId = i.CustomerId AND cm.YearMonthKey = i.YearMonthKey
    WHERE i.GapDays IS NOT NULL
    UNION ALL
    SELECT
        'M', m.YearMonthKey, NULL, NULL, NULL, NULL,
        NULL, NULL, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM mart.Month AS m
),
Sliced AS (
    SELECT
        b.YearMonthKey,
        cut.CutLevel,
        CASE WHEN cut.CutLevel = 'Store' THEN b.StoreId ELSE 'All' END AS StoreId,
        CASE WHEN cut.CutLevel = 'Region' THEN b.Region ELSE 'All' END AS Region,
        CASE WHEN cut.CutLevel = 'Channel' THEN b.Channel ELSE 'All' END AS Channel,
        CASE WHEN cut.CutLevel = 'Segment' THEN b.Segment ELSE 'All' END AS Segment,
        b.ActiveCustomerId, b.NewCustomerId, b.Orders, b.PointsEarned, b.PointsRedeemed, b.Lapsed, b.AtStart, b.Retained, b.AtEnd,
        b.NewInBase, b.Reactivated, b.Buyers12, b.RepeatBuyers12, b.Members, b.ActiveMembers, b.GapDays, b.Gaps, b.PointsBalance
    FROM Base AS b
    CROSS JOIN mart.CutLevel AS cut
    WHERE b.RowKind <> 'M' OR cut.CutLevel = 'All'
),
Agg AS (
    SELECT
        x.YearMonthKey, x.CutLevel, x.StoreId, x.Region, x.Channel, x.Segment,
        CAST(COUNT(DISTINCT x.ActiveCustomerId) AS int) AS ActiveCustomers,
        CAST(COUNT(DISTINCT x.NewCustomerId) AS int) AS NewCustomers,
        CAST(SUM(x.Orders) AS int) AS Orders,
        CAST(SUM(x.Lapsed) AS int) AS LapsedCustomers,
        CAST(SUM(x.AtStart) AS int) AS CustomersAtStart,
        CAST(SUM(x.Retained) AS int) AS RetainedCustomers,
        CAST(SUM(x.AtEnd) AS int) AS CustomersAtEnd,
        CAST(SUM(x.NewInBase) AS int) AS NewCustomersInBase,
        CAST(SUM(x.Reactivated) AS int) AS ReactivatedCustomers,
        CAST(SUM(x.Buyers12) AS int) AS Buyers12m,
        CAST(SUM(x.RepeatBuyers12) AS int) AS RepeatBuyers12m,
        CAST(SUM(x.Gaps) AS int) AS PurchaseIntervals,
        CAST(SUM(x.GapDays) AS bigint) AS GapDays,
        CAST(SUM(x.Members) AS int) AS LoyaltyMembers,
        CAST(SUM(x.ActiveMembers) AS int) AS ActiveMembers,
        CAST(SUM(x.PointsEarned) AS bigint) AS PointsEarned,
        CAST(SUM(x.PointsRedeemed) AS bigint) AS PointsRedeemed,
        CAST(SUM(x.PointsBalance) AS bigint) AS PointsOutstanding
    FROM Sliced AS x
    GROUP BY x.YearMonthKey, x.CutLevel, x.StoreId, x.Region, x.Channel, x.Segment
)
SELECT
    a.YearMonthKey, a.CutLevel, a.StoreId, a.Region, a.Channel, a.Segment,
    a.ActiveCustomers,
    a.NewCustomers,
    a.ActiveCustomers - a.NewCustomers AS ReturningCustomers,
    a.Orders,
    CAST(CAST(a.Orders AS decimal(19, 4)) / NULLIF(CAST(a.ActiveCustomers AS decimal(19, 4)), 0) AS decimal(9, 4)) AS PurchaseFrequency,
    a.LapsedCustomers,
    CAST(CAST(a.NewCustomers AS decimal(19, 4)) / NULLIF(CAST(a.LapsedCustomers AS decimal(19, 4)), 0) AS decimal(9, 4)) AS RevolvingDoorRatio,
    a.CustomersAtStart,
    a.RetainedCustomers,
    a.CustomersAtEnd,
    a.NewCustomersInBase,
    a.ReactivatedCustomers,
    CAST(CAST(a.RetainedCustomers AS decimal(19, 4)) / NULLIF(CAST(a.CustomersAtStart AS decimal(19, 4)), 0) AS decimal(9, 4)) AS RetentionRate,
    CAST(CAST(a.CustomersAtStart - a.RetainedCustomers AS decimal(19, 4)) / NULLIF(CAST(a.CustomersAtStart AS decimal(19, 4)), 0) AS decimal(9, 4)) AS ChurnRate,
    CAST(CAST(a.ReactivatedCustomers AS decimal(19, 4)) / NULLIF(CAST(a.CustomersAtEnd AS decimal(19, 4)), 0) AS decimal(9, 4)) AS ReactivationRate,
    a.Buyers12m,
    a.RepeatBuyers12m,
    CAST(CAST(a.RepeatBuyers12m AS decimal(19, 4)) / NULLIF(CAST(a.Buyers12m AS decimal(19, 4)), 0) AS decimal(9, 4)) AS RepeatPurchaseRate12m,
    a.PurchaseIntervals,
    CAST(CAST(a.GapDays AS decimal(19, 4)) / NULLIF(CAST(a.PurchaseIntervals AS decimal(19, 4)), 0) AS decimal(12, 2)) AS AvgDaysBetweenPurchases,
    a.LoyaltyMembers,
    a.ActiveMembers,
    CAST(CAST(a.ActiveMembers AS decimal(19, 4)) / NULLIF(CAST(a.LoyaltyMembers AS decimal(19, 4)), 0) AS decimal(9, 4)) AS ActiveMemberRate,
    a.PointsEarned,
    a.PointsRedeemed,
    a.PointsOutstanding,
    CAST(a.PointsOutstanding * cfg.PointValue AS decimal(19, 4)) AS PointsLiability,
    CAST(CAST(a.PointsRedeemed AS decimal(19, 4)) / NULLIF(CAST(a.PointsEarned AS decimal(19, 4)), 0) AS decimal(9, 4)) AS RedemptionRate
FROM Agg AS a
CROSS JOIN mart.Config AS cfg;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty and retention KPIs by month (YearMonthKey) and cut (CutLevel All/Store/Region/Channel/Segment; the other cut columns hold All). Purchase KPIs (active, new, returning, orders, points, purchase intervals) cut by the store of the order and the customer''s RFM segment that month; customer-base KPIs (lapsed, retention, repeat rate, members, points outstanding and their liability) by the store of the customer''s latest purchase (None when none) and segment; retention and churn follow the customers of the base at month start on the slice they were on then (R / S, never above 1), reactivation the month-end base. A month without data still has its All row (zeros, NULL ratios). Identified customers only. Settings from mart.Config.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Store, Region, Channel or Segment.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store id on Store rows, else All (None = customers who never bought).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store region on Region rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store channel on Channel rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RFM segment on Segment rows (Unscored = no purchase yet), else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'Segment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Distinct customers with at least one purchase (order with net quantity > 0) in the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'ActiveCustomers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Active customers whose first-ever purchase is in the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'NewCustomers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Active customers who are not new.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'ReturningCustomers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchase orders of identified customers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'Orders';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders / ActiveCustomers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'PurchaseFrequency';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers who crossed the lapse line in the month (latest purchase + LapseDays falls in the month).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'LapsedCustomers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'NewCustomers / LapsedCustomers (NULL without lapsed customers).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'RevolvingDoorRatio';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'S: customers with a purchase within LapseDays at the previous month end (slice attributes as of then), counted when the month has a snapshot. The n of RetentionRate and ChurnRate.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'CustomersAtStart';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'R: customers of S still within LapseDays at month end, on the slice of S (their attributes at month start).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'RetainedCustomers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'E: customers with a purchase within LapseDays at month end.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'CustomersAtEnd';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'N: new customers of the month counted on the customer-base cut (equals NewCustomers on All rows).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'NewCustomersInBase';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers in the base at month end who were in it neither at month start nor new in the month: they had lapsed and came back (slice attributes at month end). On All rows E = R + N + ReactivatedCustomers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'ReactivatedCustomers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RetainedCustomers / CustomersAtStart (R / S): of the base at month start, the share still in it at month end; 0-1 by construction. The n is CustomersAtStart.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'RetentionRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 - RetentionRate: (S - R) / S, the share of the base at month start that lapsed during the month; 0-1.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'ChurnRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ReactivatedCustomers / CustomersAtEnd: the share of the month-end base that had lapsed and came back; 0-1.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'ReactivationRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers with at least one purchase order in the 12 months ending with this month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'Buyers12m';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers with at least two purchase orders in those 12 months.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'RepeatBuyers12m';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RepeatBuyers12m / Buyers12m.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'RepeatPurchaseRate12m';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchase days in the month that follow an earlier purchase day of the same customer.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'PurchaseIntervals';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Mean days between consecutive purchase days of repeat customers (intervals ending in the month).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'AvgDaysBetweenPurchases';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers with a loyalty id (version current at month end) in the snapshot.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'LoyaltyMembers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Members with a purchase within ActiveMemberDays of month end.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'ActiveMembers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ActiveMembers / LoyaltyMembers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'ActiveMemberRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty points earned on the month''s orders.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'PointsEarned';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty points redeemed on the month''s orders.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'PointsRedeemed';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Points loyalty members hold at month end: the sum of their balances in mart.LoyaltyMemberMonth (earned - redeemed to date per member, never negative), cut by the member''s home store and segment at month end as the customer base is; equal to mart.LoyaltyPoints.PointsOutstanding on the All, Store and Region cuts. Points on orders of customers without a loyalty id belong to no account and are not owed.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'PointsOutstanding';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'PointsOutstanding x Snapshot:PointValue (mart.Config): what the points members hold are worth, the programme''s liability.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'PointsLiability';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'PointsRedeemed / PointsEarned.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'RedemptionRate';
GO
