CREATE VIEW mart.ParetoCurve
AS
WITH CustomerRevenue AS (
    SELECT YearMonthKey, CutLevel, StoreId, Region, CustomerId, NetRevenue
    FROM mart.CustomerSliceRevenue
),
Ranked AS (
    SELECT
        cr.YearMonthKey, cr.CutLevel, cr.StoreId, cr.Region,
        cr.CustomerId,
        ROW_NUMBER() OVER (PARTITION BY cr.YearMonthKey, cr.CutLevel, cr.StoreId, cr.Region ORDER BY cr.NetRevenue DESC, cr.CustomerId) AS CustomerRank,
        COUNT(*) OVER (PARTITION BY cr.YearMonthKey, cr.CutLevel, cr.StoreId, cr.Region) AS Customers,
        SUM(cr.NetRevenue) OVER (PARTITION BY cr.YearMonthKey, cr.CutLevel, cr.StoreId, cr.Region ORDER BY cr.NetRevenue DESC, cr.CustomerId ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS CumulativeRevenue,
        SUM(cr.NetRevenue) OVER (PARTITION BY cr.YearMonthKey, cr.CutLevel, cr.StoreId, cr.Region) AS TotalRevenue
    FROM CustomerRevenue AS cr
)
SELECT
    r.YearMonthKey,
    r.CutLevel,
    r.StoreId,
    r.Region,
    s.Step,
    CAST(r.CustomerRank AS int) AS TopCustomers,
    CAST(CAST(r.CustomerRank AS decimal(19, 4)) / CAST(r.Customers AS decimal(19, 4)) AS decimal(9, 4)) AS CustomerShare,
    CAST(r.CumulativeRevenue AS decimal(19, 4)) AS CumulativeRevenue,
    CAST(CAST(r.CumulativeRevenue AS decimal(19, 4)) / NULLIF(CAST(r.TotalRevenue AS decimal(19, 4)), 0) AS decimal(9, 4)) AS RevenueShare
FROM Ranked AS r
INNER JOIN (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10)) AS s (Step)
    ON r.CustomerRank = CAST(CEILING(CAST(s.Step * r.Customers AS decimal(19, 4)) / 10) AS int);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The Pareto (cumulative revenue) curve by month and cut (CutLevel All, Store = the order''s store, Region = that store''s region): identified customers with a purchase in the month on the slice ranked by their net revenue on the slice, best first (ties broken by CustomerId), sampled at ten steps; step k is the top ceil(k x n / 10) customers. Companion of mart.ProfitabilityPareto. Shares are fractions 0-1. With fewer than ten customers several steps share a point.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ParetoCurve';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ParetoCurve',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Store or Region.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ParetoCurve',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Order store on Store rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ParetoCurve',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Region of the order''s store on Region rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ParetoCurve',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1-10: the k-th tenth of the ranked customers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ParetoCurve',
    @level2type = N'COLUMN', @level2name = N'Step';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Number of top customers the point covers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ParetoCurve',
    @level2type = N'COLUMN', @level2name = N'TopCustomers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'TopCustomers / customers with a purchase in the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ParetoCurve',
    @level2type = N'COLUMN', @level2name = N'CustomerShare';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue of those top customers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ParetoCurve',
    @level2type = N'COLUMN', @level2name = N'CumulativeRevenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'CumulativeRevenue / the month''s net revenue of customers with a purchase.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ParetoCurve',
    @level2type = N'COLUMN', @level2name = N'RevenueShare';
GO
