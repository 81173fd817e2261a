CREATE VIEW mart.RelationshipStages
AS
WITH Agg AS (
    SELECT
        cm.YearMonthKey,
        cut.CutLevel,
        CASE WHEN cut.CutLevel = N'Store' THEN COALESCE(st.StoreId, N'None') ELSE N'All' END AS StoreId,
        CASE WHEN cut.CutLevel = N'Region' THEN (CASE WHEN st.StoreKey IS NULL THEN N'None' ELSE COALESCE(st.Region, N'Unknown') END) ELSE N'All' END AS Region,
        CASE WHEN cut.CutLevel = N'Channel' THEN COALESCE(st.Channel, N'None') ELSE N'All' END AS Channel,
        CASE WHEN cut.CutLevel = N'Segment' THEN COALESCE(cm.RfmSegment, N'Unscored') ELSE N'All' END AS Segment,
        COALESCE(cm.RelationshipStage, N'Prospect') AS RelationshipStage,
        COUNT(*) AS Customers
    FROM fact.CustomerMonth AS cm
    LEFT JOIN dim.Store AS st ON st.StoreKey = cm.LastPurchaseStoreKey
    CROSS JOIN mart.CutLevel AS cut
    GROUP BY
        cm.YearMonthKey,
        cut.CutLevel,
        CASE WHEN cut.CutLevel = N'Store' THEN COALESCE(st.StoreId, N'None') ELSE N'All' END,
        CASE WHEN cut.CutLevel = N'Region' THEN (CASE WHEN st.StoreKey IS NULL THEN N'None' ELSE COALESCE(st.Region, N'Unknown') END) ELSE N'All' END,
        CASE WHEN cut.CutLevel = N'Channel' THEN COALESCE(st.Channel, N'None') ELSE N'All' END,
        CASE WHEN cut.CutLevel = N'Segment' THEN COALESCE(cm.RfmSegment, N'Unscored') ELSE N'All' END,
        COALESCE(cm.RelationshipStage, N'Prospect')
)
SELECT
    a.YearMonthKey, a.CutLevel, a.StoreId, a.Region, a.Channel, a.Segment, a.RelationshipStage,
    CAST(a.Customers AS int) AS Customers,
    CAST(CAST(a.Customers AS decimal(19, 4)) / NULLIF(CAST(SUM(a.Customers) OVER (PARTITION BY a.YearMonthKey, a.CutLevel, a.StoreId, a.Region, a.Channel, a.Segment) AS decimal(19, 4)), 0) AS decimal(9, 4)) AS CustomerShare
FROM Agg AS a;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Relationship stages (Prospect, Basic, Reactive, Accountable, Proactive, Partnership; each customer has exactly one, the highest whose configured rule holds) by month, cut by CutLevel All, Store/Region/Channel of the latest purchase (None when none) or Segment (RFM).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RelationshipStages';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RelationshipStages',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Store, Region, Channel or Segment.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RelationshipStages',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store of the latest purchase on Store rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RelationshipStages',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Its region on Region rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RelationshipStages',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Its channel on Channel rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RelationshipStages',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RFM segment on Segment rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RelationshipStages',
    @level2type = N'COLUMN', @level2name = N'Segment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The stage.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RelationshipStages',
    @level2type = N'COLUMN', @level2name = N'RelationshipStage';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers at that stage at month end.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RelationshipStages',
    @level2type = N'COLUMN', @level2name = N'Customers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers / all customers of the slice.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'RelationshipStages',
    @level2type = N'COLUMN', @level2name = N'CustomerShare';
GO
