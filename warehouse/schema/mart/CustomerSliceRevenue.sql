CREATE VIEW mart.CustomerSliceRevenue
AS
SELECT
    o.YearMonthKey, cut.CutLevel,
    CASE WHEN cut.CutLevel = 'Store' THEN o.StoreId ELSE 'All' END AS StoreId,
    CASE WHEN cut.CutLevel = 'Region' THEN o.Region ELSE 'All' END AS Region,
    o.CustomerId,
    SUM(o.NetRevenue) AS NetRevenue
FROM mart.OrderSummary AS o
CROSS JOIN mart.CutLevel AS cut
WHERE o.CustomerId IS NOT NULL AND cut.CutLevel IN ('All', 'Store', 'Region')
GROUP BY
    o.YearMonthKey, cut.CutLevel,
    CASE WHEN cut.CutLevel = 'Store' THEN o.StoreId ELSE 'All' END,
    CASE WHEN cut.CutLevel = 'Region' THEN o.Region ELSE 'All' END,
    o.CustomerId
HAVING SUM(o.IsPurchase) > 0;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue per identified customer with a purchase in the month, per slice (CutLevel All, Store = the order''s store, Region = that store''s region): the ranking basis shared by mart.ProfitabilityPareto and mart.ParetoCurve.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CustomerSliceRevenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month (yyyymm) of the orders.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CustomerSliceRevenue',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Store or Region.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CustomerSliceRevenue',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The orders store on Store rows, All otherwise.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CustomerSliceRevenue',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The order stores region on Region rows, All otherwise.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CustomerSliceRevenue',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer id (identified customers only).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CustomerSliceRevenue',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The customers net revenue on the slice in the month (returns netted).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CustomerSliceRevenue',
    @level2type = N'COLUMN', @level2name = N'NetRevenue';
GO
