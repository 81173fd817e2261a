CREATE VIEW mart.Profitability
AS
WITH Base AS (
    SELECT
        'O' AS RowKind, o.YearMonthKey, o.StoreId, o.Region, o.Channel,
        CASE WHEN o.CustomerId IS NULL THEN 'Anonymous' ELSE COALESCE(cm.RfmSegment, 'Unscored') END AS Segment,
        o.NetRevenue, o.Margin, CASE WHEN o.Margin IS NULL THEN 1 ELSE 0 END AS Uncosted, o.IsPurchase AS Orders,
        CASE WHEN o.IsPurchase = 1 THEN o.CustomerId END AS ActiveCustomerId,
        CASE WHEN o.IsPurchase = 1 AND cm.IsNew = 1 THEN o.CustomerId END AS NewCustomerId,
        CAST(0 AS decimal(19, 4)) AS CampaignCost,
        0 AS Valued, CAST(0 AS decimal(19, 4)) AS HistoricalClv, 0 AS Predicted,
        CAST(0 AS decimal(19, 4)) AS PredictedClv, CAST(0 AS decimal(19, 6)) AS ProbabilityAlive
    FROM mart.OrderSummary AS o
    LEFT JOIN fact.CustomerMonth AS cm ON cm.CustomerId = o.CustomerId AND cm.YearMonthKey = o.YearMonthKey
    UNION ALL
    SELECT
        'V', cm.YearMonthKey, COALESCE(st.StoreId, 'None'),
        CASE WHEN st.StoreKey IS NULL THEN 'None' ELSE COALESCE(st.Region, 'Unknown') END,
        COALESCE(st.Channel, 'None'), COALESCE(cm.RfmSegment, 'Unscored'),
        CAST(0 AS decimal(19, 4)), CAST(0 AS decimal(19, 4)), 0, 0, NULL, NULL, CAST(0 AS decimal(19, 4)),
        1, cm.HistoricalClv,
        CASE WHEN cm.PredictedClv12m IS NULL THEN 0 ELSE 1 END,
        COALESCE(cm.PredictedClv12m, 0), COALESCE(cm.ProbabilityAlive, 0)
    FROM fact.CustomerMonth AS cm
    LEFT JOIN dim.Store AS st ON st.StoreKey = cm.LastPurchaseStoreKey
    WHERE cm.Frequency > 0
    UNION ALL
    SELECT
        'M', m.YearMonthKey, NULL, NULL, NULL, NULL,
        CAST(0 AS decimal(19, 4)), CAST(0 AS decimal(19, 4)), 0, 0, NULL, NULL,
        CAST(COALESCE((SELECT SUM(k.Cost) FROM dim.Campaign AS k
            WHERE k.SentDateKey >= m.MonthStartDateKey AND k.SentDateKey <= m.MonthEndDateKey), 0) AS decimal(19, 4)),
        0, CAST(0 AS decimal(19, 4)), 0, CAST(0 AS decimal(19, 4)), CAST(0 AS decimal(19, 6))
    FROM mart.Month AS m
),
Agg AS (
    SELECT
        s.YearMonthKey, s.CutLevel, s.StoreId, s.Region, s.Channel, s.Segment,
        SUM(s.NetRevenue) AS NetRevenue,
        SUM(s.Margin) AS GrossMargin,
        SUM(s.Uncosted) AS UncostedOrders,
        SUM(s.Orders) AS Orders,
        COUNT(DISTINCT s.ActiveCustomerId) AS ActiveCustomers,
        COUNT(DISTINCT s.NewCustomerId) AS NewCustomers,
        SUM(s.CampaignCost) AS CampaignCost,
        SUM(s.Valued) AS ValuedCustomers,
        SUM(s.HistoricalClv) AS HistoricalClv,
        SUM(s.Predicted) AS Predicted,
        SUM(s.PredictedClv) AS PredictedClv,
        SUM(s.ProbabilityAlive) AS ProbabilityAlive
    FROM (
        SELECT
            b.YearMonthKey, cut.CutLevel,
            CASE WHEN cut.CutLevel = 'Store' THEN b.StoreId ELSE 'All' END AS StoreId,
            CASE WHEN cut.CutLevel = 'Region' THEN b.Region ELSE 'All' END AS Region,
            CASE WHEN cut.CutLevel = 'Channel' THEN b.Channel ELSE 'All' END AS Channel,
            CASE WHEN cut.CutLevel = 'Segment' THEN b.Segment ELSE 'All' END AS Segment,
            b.NetRevenue, b.Margin, b.Uncosted, b.Orders, b.ActiveCustomerId, b.NewCustomerId, b.CampaignCost,
            b.Valued, b.HistoricalClv, b.Predicted, b.PredictedClv, b.ProbabilityAlive
        FROM Base AS b
        CROSS JOIN mart.CutLevel AS cut
        WHERE b.RowKind <> 'M' OR cut.CutLevel = 'All'
    ) AS s
    GROUP BY s.YearMonthKey, s.CutLevel, s.StoreId, s.Region, s.Channel, s.Segment
)
SELECT
    a.YearMonthKey, a.CutLevel, a.StoreId, a.Region, a.Channel, a.Segment,
    CAST(a.NetRevenue AS decimal(19, 4)) AS NetRevenue,
    CAST(CASE WHEN a.UncostedOrders = 0 THEN a.GrossMargin END AS decimal(19, 4)) AS GrossMargin,
    CAST(CASE WHEN a.UncostedOrders = 0 THEN CAST(a.GrossMargin AS decimal(19, 4)) / NULLIF(CAST(a.NetRevenue AS decimal(19, 4)), 0) END AS decimal(9, 4)) AS MarginRate,
    CAST(a.UncostedOrders AS int) AS UncostedOrders,
    CAST(a.Orders AS int) AS Orders,
    CAST(CAST(a.NetRevenue AS decimal(19, 4)) / NULLIF(CAST(a.Orders AS decimal(19, 4)), 0) AS decimal(19, 4)) AS AverageOrderValue,
    CAST(a.ActiveCustomers AS int) AS ActiveCustomers,
    CAST(CAST(a.NetRevenue AS decimal(19, 4)) / NULLIF(CAST(a.ActiveCustomers AS decimal(19, 4)), 0) AS decimal(19, 4)) AS RevenuePerActiveCustomer,
    CAST(a.NewCustomers AS int) AS NewCustomers,
    CAST(CASE WHEN a.CutLevel = 'All' THEN a.CampaignCost END AS decimal(19, 4)) AS CampaignCost,
    CAST(CASE WHEN a.CutLevel = 'All' THEN CAST(a.CampaignCost AS decimal(19, 4)) / NULLIF(CAST(a.NewCustomers AS decimal(19, 4)), 0) END AS decimal(19, 4)) AS CustomerAcquisitionCost,
    CAST(a.ValuedCustomers AS int) AS ValuedCustomers,
    CAST(a.HistoricalClv AS decimal(19, 4)) AS HistoricalClv,
    CAST(CAST(a.HistoricalClv AS decimal(19, 4)) / NULLIF(CAST(a.ValuedCustomers AS decimal(19, 4)), 0) AS decimal(19, 4)) AS AvgHistoricalClv,
    CAST(a.PredictedClv AS decimal(19, 4)) AS PredictedClv12m,
    CAST(CAST(a.PredictedClv AS decimal(19, 4)) / NULLIF(CAST(a.Predicted AS decimal(19, 4)), 0) AS decimal(19, 4)) AS AvgPredictedClv12m,
    CAST(CAST(a.ProbabilityAlive AS decimal(19, 6)) / NULLIF(CAST(a.Predicted AS decimal(19, 6)), 0) AS decimal(9, 6)) AS AvgProbabilityAlive
FROM Agg AS a;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Profitability KPIs by month and cut (CutLevel All/Store/Region/Channel/Segment). Sales figures (revenue, margin, orders, AOV) include anonymous orders and cut by the order''s store; Segment rows use the customer''s RFM segment that month (Anonymous for anonymous orders). Customer-value figures (historical and predictive CLV, P(alive)) come from the snapshot and cut by the store of the latest purchase. CAC only on All rows: cost of campaigns sent in the month / new customers. Rates are fractions 0-1. Pareto and deciles: mart.ProfitabilityDecile and mart.ProfitabilityPareto.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Store, Region, Channel or Segment.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store id on Store rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Region on Region rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Channel on Channel rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RFM segment on Segment rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'Segment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Sum of quantity x unit price - discounts, returns netted, tax excluded.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'NetRevenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue - sum of quantity x unit cost at time of sale.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'GrossMargin';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'GrossMargin / NetRevenue, a fraction (0.25 = 25 %).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'MarginRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders (of the month and slice) with a line whose unit cost is unknown (neither on the line nor on the product). While any, GrossMargin and MarginRate are NULL: unknown, never equal to revenue.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'UncostedOrders';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchase orders (net quantity > 0), anonymous included.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'Orders';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'NetRevenue / Orders.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'AverageOrderValue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Identified customers with a purchase in the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'ActiveCustomers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'NetRevenue / ActiveCustomers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'RevenuePerActiveCustomer';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Identified customers whose first purchase is in the month (on this slice).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'NewCustomers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Cost of email campaigns sent in the month (All rows only).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'CampaignCost';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'CampaignCost / NewCustomers (All rows only).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'CustomerAcquisitionCost';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Snapshot customers with at least one purchase to date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'ValuedCustomers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Sum of gross margin to date of those customers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'HistoricalClv';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'HistoricalClv / ValuedCustomers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'AvgHistoricalClv';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Sum of predictive 12-month CLV.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'PredictedClv12m';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Mean predictive 12-month CLV of customers with a prediction.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'AvgPredictedClv12m';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Mean BG/NBD P(alive) of customers with a prediction.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Profitability',
    @level2type = N'COLUMN', @level2name = N'AvgProbabilityAlive';
GO
