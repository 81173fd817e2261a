CREATE VIEW mart.RfmGrid
AS
WITH Snap AS (
    SELECT
        cm.YearMonthKey, cm.RScore, cm.FScore, cm.RfmSegment, cm.LastPurchaseStoreKey,
        SUM(cm.Revenue) OVER (PARTITION BY cm.CustomerId ORDER BY cm.YearMonthKey ROWS BETWEEN 11 PRECEDING AND CURRENT ROW) AS Revenue12m
    FROM fact.CustomerMonth AS cm
)
SELECT
    x.YearMonthKey, x.CutLevel, x.StoreId, x.Region, x.Channel,
    x.RecencyScore, x.FrequencyScore, x.Segment,
    CAST(COUNT(*) AS int) AS Customers,
    CAST(SUM(x.Revenue12m) AS decimal(19, 4)) AS Revenue12m
FROM (
    SELECT
        s.YearMonthKey,
        cut.CutLevel,
        CASE WHEN cut.CutLevel = 'Store' THEN COALESCE(st.StoreId, 'None') ELSE 'All' END AS StoreId,
        CASE WHEN cut.CutLevel = 'Region' THEN (CASE WHEN st.StoreKey IS NULL THEN 'None' ELSE COALESCE(st.Region, 'Unknown') END) ELSE 'All' END AS Region,
        CASE WHEN cut.CutLevel = 'Channel' THEN COALESCE(st.Channel, 'None') ELSE 'All' END AS Channel,
        CAST(s.RScore AS int) AS RecencyScore,
        CAST(s.FScore AS int) AS FrequencyScore,
        COALESCE(s.RfmSegment, 'Unscored') AS Segment,
        s.Revenue12m
    FROM Snap AS s
    LEFT JOIN dim.Store AS st ON st.StoreKey = s.LastPurchaseStoreKey
    CROSS JOIN mart.CutLevel AS cut
    WHERE s.RScore IS NOT NULL AND s.FScore IS NOT NULL AND cut.CutLevel <> 'Segment'
) AS x
GROUP BY x.YearMonthKey, x.CutLevel, x.StoreId, x.Region, x.Channel, x.RecencyScore, x.FrequencyScore, x.Segment;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The R x F grid of the monthly snapshot: customers and their trailing 12-month net revenue per recency and frequency score (1-5) with the segment the configured map gives the cell; cut by CutLevel All, Store, Region or Channel of the customer''s latest purchase (as mart.Segments). Customers not yet scored have no row.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RfmGrid';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Snapshot month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RfmGrid',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Store, Region or Channel.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RfmGrid',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store of the latest purchase on Store rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RfmGrid',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Its region on Region rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RfmGrid',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Its channel on Channel rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RfmGrid',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'R score 1-5 (5 = most recent).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RfmGrid',
    @level2type = N'COLUMN', @level2name = N'RecencyScore';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'F score 1-5.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RfmGrid',
    @level2type = N'COLUMN', @level2name = N'FrequencyScore';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RFM segment of the cell.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RfmGrid',
    @level2type = N'COLUMN', @level2name = N'Segment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers in the cell.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RfmGrid',
    @level2type = N'COLUMN', @level2name = N'Customers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Their net revenue in the 12 months ending with the snapshot month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RfmGrid',
    @level2type = N'COLUMN', @level2name = N'Revenue12m';
GO
