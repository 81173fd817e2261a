CREATE VIEW mart.Segments
AS
WITH Base AS (
    SELECT
        cm.YearMonthKey,
        cut.CutLevel,
        CASE WHEN cut.CutLevel = N'Store' THEN COALESCE(st.StoreId, N'None') ELSE N'All' END AS StoreId,
        CASE WHEN cut.CutLevel = N'Region' THEN (CASE WHEN st.StoreKey IS NULL THEN N'None' ELSE COALESCE(st.Region, N'Unknown') END) ELSE N'All' END AS Region,
        CASE WHEN cut.CutLevel = N'Channel' THEN COALESCE(st.Channel, N'None') ELSE N'All' END AS Channel,
        COALESCE(cm.RfmSegment, N'Unscored') AS Segment,
        cm.IsActive, cm.Revenue, cm.Margin, cm.RecencyDays, cm.Frequency, cm.MonetaryValue, cm.HistoricalClv, cm.PredictedClv12m
    FROM fact.CustomerMonth AS cm
    LEFT JOIN dim.Store AS st ON st.StoreKey = cm.LastPurchaseStoreKey
    CROSS JOIN mart.CutLevel AS cut
    WHERE cut.CutLevel <> N'Segment'
),
Agg AS (
    SELECT
        b.YearMonthKey, b.CutLevel, b.StoreId, b.Region, b.Channel, b.Segment,
        COUNT(*) AS Customers,
        SUM(CASE WHEN b.IsActive = 1 THEN 1 ELSE 0 END) AS ActiveCustomers,
        SUM(b.Revenue) AS Revenue,
        SUM(b.Margin) AS Margin,
        SUM(b.RecencyDays) AS RecencySum,
        COUNT(b.RecencyDays) AS RecencyCount,
        SUM(b.Frequency) AS FrequencySum,
        SUM(b.MonetaryValue) AS MonetarySum,
        SUM(b.HistoricalClv) AS HistoricalClvSum,
        SUM(b.PredictedClv12m) AS PredictedSum,
        COUNT(b.PredictedClv12m) AS PredictedCount
    FROM Base AS b
    GROUP BY b.YearMonthKey, b.CutLevel, b.StoreId, b.Region, b.Channel, b.Segment
)
SELECT
    a.YearMonthKey, a.CutLevel, a.StoreId, a.Region, a.Channel, a.Segment,
    CAST(a.Customers AS int) AS Customers,
    CAST(CAST(a.Customers AS decimal(19, 4)) / NULLIF(CAST(SUM(a.Customers) OVER (PARTITION BY a.YearMonthKey, a.CutLevel, a.StoreId, a.Region, a.Channel) AS decimal(19, 4)), 0) AS decimal(9, 4)) AS CustomerShare,
    CAST(a.ActiveCustomers AS int) AS ActiveCustomers,
    CAST(a.Revenue AS decimal(19, 4)) AS Revenue,
    CAST(a.Margin AS decimal(19, 4)) AS Margin,
    CAST(CAST(a.RecencySum AS decimal(19, 4)) / NULLIF(CAST(a.RecencyCount AS decimal(19, 4)), 0) AS decimal(12, 2)) AS AvgRecencyDays,
    CAST(CAST(a.FrequencySum AS decimal(19, 4)) / NULLIF(CAST(a.Customers AS decimal(19, 4)), 0) AS decimal(12, 4)) AS AvgFrequency,
    CAST(CAST(a.MonetarySum AS decimal(19, 4)) / NULLIF(CAST(a.Customers AS decimal(19, 4)), 0) AS decimal(19, 4)) AS AvgMonetaryValue,
    CAST(CAST(a.HistoricalClvSum AS decimal(19, 4)) / NULLIF(CAST(a.Customers AS decimal(19, 4)), 0) AS decimal(19, 4)) AS AvgHistoricalClv,
    CAST(CAST(a.PredictedSum AS decimal(19, 4)) / NULLIF(CAST(a.PredictedCount AS decimal(19, 4)), 0) AS decimal(19, 4)) AS AvgPredictedClv12m
FROM Agg AS a;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RFM segments by month: customers, value and average R/F/M per segment of the configured R x F map (the version used is in the snapshot''s model settings), cut by CutLevel All, Store, Region or Channel of the customer''s latest purchase. The Segment column is always the segment itself (never All); customers without a purchase yet are Unscored.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Store, Region or Channel.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store of the latest purchase on Store rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Its region on Region rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Its channel on Channel rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RFM segment.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'Segment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers in the segment at month end.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'Customers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers / all customers of the slice.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'CustomerShare';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Segment customers with a purchase in the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'ActiveCustomers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue of the segment in the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'Revenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Gross margin of the segment in the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'Margin';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Mean days since the latest purchase.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'AvgRecencyDays';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Mean purchase orders to date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'AvgFrequency';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Mean net revenue per order to date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'AvgMonetaryValue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Mean gross margin to date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'AvgHistoricalClv';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Mean predictive 12-month CLV (customers with a prediction).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'Segments',
    @level2type = N'COLUMN', @level2name = N'AvgPredictedClv12m';
GO
