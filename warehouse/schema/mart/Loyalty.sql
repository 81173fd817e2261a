CREATE VIEW mart.Loyalty
AS
WITH Snap AS (
    SELECT
        cm.YearMonthKey,
        cm.CustomerId,
        cm.RecencyDays,
        cm.IsNew,
        cm.IsLapsed,
        COALESCE(cm.RfmSegment, N'Unscored') AS Segment,
        COALESCE(st.StoreId, N'None') AS StoreId,
        CASE WHEN st.StoreKey IS NULL THEN N'None' ELSE COALESCE(st.Region, N'Unknown') END AS Region,
        COALESCE(st.Channel, N'None') AS Channel,
        CASE WHEN cv.LoyaltyId IS NULL THEN 0 ELSE 1 END AS IsMember,
        SUM(cm.Orders) OVER (PARTITION BY cm.CustomerId ORDER BY cm.YearMonthKey ROWS BETWEEN 11 PRECEDING AND CURRENT ROW) AS Orders12
    FROM fact.CustomerMonth AS cm
    INNER JOIN dim.Customer AS cv ON cv.CustomerKey = cm.CustomerKey
    LEFT JOIN dim.Store AS st ON st.StoreKey = cm.LastPurchaseStoreKey
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
        N'O' AS RowKind, o.YearMonthKey, o.StoreId, o.Region, o.Channel, COALESCE(cm.RfmSegment, N'Unscored') AS Segment,
        CASE WHEN o.IsPurchase = 1 THEN o.CustomerId END AS ActiveCustomerId,
        CASE WHEN o.IsPurchase = 1 AND cm.IsNew = 1 THEN o.CustomerId END AS NewCustomerId,
        o.IsPurchase AS Orders, o.PointsEarned, o.PointsRedeemed,
        0 AS Lapsed, 0 AS AtStart, 0 AS AtEnd, 0 AS NewInBase, 0 AS Buyers12, 0 AS RepeatBuyers12,
        0 AS Members, 0 AS ActiveMembers, 0 AS GapDays, 0 AS Gaps
    FROM mart.OrderSummary AS o
    LEFT JOIN fact.CustomerMonth AS cm ON cm.CustomerId = o.CustomerId AND cm.YearMonthKey = o.YearMonthKey
    WHERE o.CustomerId IS NOT NULL
    UNION ALL
    SELECT
        N'E', s.YearMonthKey, s.StoreId, s.Region, s.Channel, s.Segment,
        NULL, NULL, 0, 0, 0,
        CASE WHEN s.IsLapsed = 1 THEN 1 ELSE 0 END,
        0,
        CASE WHEN s.RecencyDays < cfg.LapseDays THEN 1 ELSE 0 END,
        CASE WHEN s.IsNew = 1 THEN 1 ELSE 0 END,
        CASE WHEN s.Orders12 >= 1 THEN 1 ELSE 0 END,
        CASE WHEN s.Orders12 >= 2 THEN 1 ELSE 0 END,
        s.IsMember,
        CASE WHEN s.IsMember = 1 AND s.RecencyDays < cfg.ActiveMemberDays THEN 1 ELSE 0 END,
        0, 0
    FROM Snap AS s
    CROSS JOIN mart.Config AS cfg
    UNION ALL
    SELECT
        N'S', nm.YearMonthKey, s.StoreId, s.Region, s.Channel, s.Segment,
        NULL, NULL, 0, 0, 0,
        0,
        CASE WHEN s.RecencyDays < cfg.LapseDays THEN 1 ELSE 0 END,
        0, 0, 0, 0, 0, 0, 0, 0
    FROM Snap AS s
    CROSS JOIN mart.Config AS cfg
    INNER JOIN mart.Month AS pm ON pm.YearMonthKey = s.YearMonthKey
    INNER JOIN mart.Month AS nm ON nm.MonthIndex = pm.MonthIndex + 1
    UNION ALL
    SELECT
        N'G', i.YearMonthKey, st.StoreId, COALESCE(st.Region, N'Unknown'), st.Channel, COALESCE(cm.RfmSegment, N'Unscored'),
        NULL, NULL, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        i.GapDays, 1
    FROM Intervals AS i
    INNER JOIN dim.Store AS st ON st.StoreKey = i.StoreKey
    LEFT JOIN fact.CustomerMonth AS cm ON cm.CustomerId = i.CustomerId AND cm.YearMonthKey = i.YearMonthKey
    WHERE i.GapDays IS NOT NULL
    UNION ALL
    SELECT
        N'M', m.YearMonthKey, NULL, NULL, NULL, NULL,
        NULL, NULL, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM mart.Month AS m
),
Sliced AS (
    SELECT
        b.YearMonthKey,
        cut.CutLevel,
        CASE WHEN cut.CutLevel = N'Store' THEN b.StoreId ELSE N'All' END AS StoreId,
        CASE WHEN cut.CutLevel = N'Region' THEN b.Region ELSE N'All' END AS Region,
        CASE WHEN cut.CutLevel = N'Channel' THEN b.Channel ELSE N'All' END AS Channel,
        CASE WHEN cut.CutLevel = N'Segment' THEN b.Segment ELSE N'All' END AS Segment,
        b.ActiveCustomerId, b.NewCustomerId, b.Orders, b.PointsEarned, b.PointsRedeemed, b.Lapsed, b.AtStart, b.AtEnd,
        b.NewInBase, b.Buyers12, b.RepeatBuyers12, b.Members, b.ActiveMembers, b.GapDays, b.Gaps
    FROM Base AS b
    CROSS JOIN mart.CutLevel AS cut
    WHERE b.RowKind <> N'M' OR cut.CutLevel = N'All'
),
Agg AS (
    SELECT
        x.YearMonthKey, x.CutLevel, x.StoreId, x.Region, x.Channel, x.Segment,
        CAST(COUNT(DISTINCT x.ActiveCustomerId) AS int) AS ActiveCustomers,
        CAST(COUNT(DISTINCT x.NewCustomerId) AS int) AS NewCustomers,
        CAST(SUM(x.Orders) AS int) AS Orders,
        CAST(SUM(x.Lapsed) AS int) AS LapsedCustomers,
        CAST(SUM(x.AtStart) AS int) AS CustomersAtStart,
        CAST(SUM(x.AtEnd) AS int) AS CustomersAtEnd,
        CAST(SUM(x.NewInBase) AS int) AS NewCustomersInBase,
        CAST(SUM(x.Buyers12) AS int) AS Buyers12m,
        CAST(SUM(x.RepeatBuyers12) AS int) AS RepeatBuyers12m,
        CAST(SUM(x.Gaps) AS int) AS PurchaseIntervals,
        CAST(SUM(x.GapDays) AS bigint) AS GapDays,
        CAST(SUM(x.Members) AS int) AS LoyaltyMembers,
        CAST(SUM(x.ActiveMembers) AS int) AS ActiveMembers,
        CAST(SUM(x.PointsEarned) AS bigint) AS PointsEarned,
        CAST(SUM(x.PointsRedeemed) AS bigint) AS PointsRedeemed
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
    a.CustomersAtEnd,
    a.NewCustomersInBase,
    CAST(CAST(a.CustomersAtEnd - a.NewCustomersInBase AS decimal(19, 4)) / NULLIF(CAST(a.CustomersAtStart AS decimal(19, 4)), 0) AS decimal(9, 4)) AS RetentionRate,
    CAST(1 - CAST(a.CustomersAtEnd - a.NewCustomersInBase AS decimal(19, 4)) / NULLIF(CAST(a.CustomersAtStart AS decimal(19, 4)), 0) AS decimal(9, 4)) AS ChurnRate,
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
    CAST(SUM(a.PointsEarned - a.PointsRedeemed) OVER (PARTITION BY a.CutLevel, a.StoreId, a.Region, a.Channel, a.Segment ORDER BY a.YearMonthKey ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS bigint) AS PointsOutstanding,
    CAST(CAST(a.PointsRedeemed AS decimal(19, 4)) / NULLIF(CAST(a.PointsEarned AS decimal(19, 4)), 0) AS decimal(9, 4)) AS RedemptionRate
FROM Agg AS a;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty and retention KPIs by month (YearMonthKey) and cut (CutLevel All/Store/Region/Channel/Segment; the other cut columns hold All). Purchase KPIs (active, new, returning, orders, points, purchase intervals) cut by the store of the order and the customer''s RFM segment that month; customer-base KPIs (lapsed, retention, repeat rate, members) by the store of the customer''s latest purchase (None when none) and segment. A month without data still has its All row (zeros, NULL ratios). Identified customers only. Settings from mart.Config.',
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
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'S: customers with a purchase within LapseDays at the previous month end (slice attributes as of then).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'CustomersAtStart';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'E: customers with a purchase within LapseDays at month end.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'CustomersAtEnd';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'N: new customers of the month counted on the customer-base cut (equals NewCustomers on All rows).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'NewCustomersInBase';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(E - N) / S.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'RetentionRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 - RetentionRate.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'ChurnRate';
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
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Points earned minus redeemed on this slice''s orders up to month end (months with rows on the slice).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'PointsOutstanding';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'PointsRedeemed / PointsEarned.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Loyalty',
    @level2type = N'COLUMN', @level2name = N'RedemptionRate';
GO
