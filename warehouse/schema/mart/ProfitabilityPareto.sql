CREATE VIEW mart.ProfitabilityPareto
AS
WITH CustomerRevenue AS (
    SELECT YearMonthKey, CutLevel, StoreId, Region, CustomerId, NetRevenue AS Revenue
    FROM mart.CustomerSliceRevenue
),
Ranked AS (
    SELECT
        cr.YearMonthKey, cr.CutLevel, cr.StoreId, cr.Region,
        cr.Revenue,
        RANK() OVER (PARTITION BY cr.YearMonthKey, cr.CutLevel, cr.StoreId, cr.Region ORDER BY cr.Revenue) AS RankLow,
        COUNT(*) OVER (PARTITION BY cr.YearMonthKey, cr.CutLevel, cr.StoreId, cr.Region ORDER BY cr.Revenue RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS RankHigh,
        COUNT(*) OVER (PARTITION BY cr.YearMonthKey, cr.CutLevel, cr.StoreId, cr.Region ORDER BY cr.Revenue DESC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS CountFromTop,
        SUM(cr.Revenue) OVER (PARTITION BY cr.YearMonthKey, cr.CutLevel, cr.StoreId, cr.Region ORDER BY cr.Revenue DESC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS RevenueFromTop,
        COUNT(*) OVER (PARTITION BY cr.YearMonthKey, cr.CutLevel, cr.StoreId, cr.Region) AS Customers,
        SUM(cr.Revenue) OVER (PARTITION BY cr.YearMonthKey, cr.CutLevel, cr.StoreId, cr.Region) AS TotalRevenue
    FROM CustomerRevenue AS cr
),
Agg AS (
    SELECT
        r.YearMonthKey, r.CutLevel, r.StoreId, r.Region,
        MAX(r.Customers) AS Customers,
        MAX(r.TotalRevenue) AS TotalRevenue,
        SUM(CASE WHEN 5 * (r.RankLow + r.RankHigh) > 8 * r.Customers THEN r.Revenue ELSE 0 END) AS TopFifthRevenue,
        MIN(CASE WHEN 5 * r.RevenueFromTop >= 4 * r.TotalRevenue THEN r.CountFromTop END) AS CustomersFor80Percent
    FROM Ranked AS r
    GROUP BY r.YearMonthKey, r.CutLevel, r.StoreId, r.Region
)
SELECT
    a.YearMonthKey,
    a.CutLevel,
    a.StoreId,
    a.Region,
    CAST(a.Customers AS int) AS Customers,
    CAST(a.TotalRevenue AS decimal(19, 4)) AS NetRevenue,
    CAST(CAST(a.TopFifthRevenue AS decimal(19, 4)) / NULLIF(CAST(a.TotalRevenue AS decimal(19, 4)), 0) AS decimal(9, 4)) AS TopFifthRevenueShare,
    CAST(a.CustomersFor80Percent AS int) AS CustomersFor80Percent,
    CAST(CAST(a.CustomersFor80Percent AS decimal(19, 4)) / NULLIF(CAST(a.Customers AS decimal(19, 4)), 0) AS decimal(9, 4)) AS CustomerShareFor80Percent
FROM Agg AS a;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Pareto concentration by month and cut (CutLevel All, Store = the order''s store, Region = that store''s region; the other cut column holds All) over identified customers with a purchase in the month on the slice, by their net revenue on the slice (mart.OrderSummary). Shares are fractions 0-1. Top 20% = customers whose revenue quintile is 5 under the average-rank rule (ties never split). Customers producing 80% = the fewest top customers, whole tie groups, whose revenue reaches 80% of the total (window sums with a RANGE frame, identical on both engines).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityPareto';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityPareto',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Store or Region.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityPareto',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Order store on Store rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityPareto',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Region of the order''s store on Region rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityPareto',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers ranked.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityPareto',
    @level2type = N'COLUMN', @level2name = N'Customers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Their net revenue in the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityPareto',
    @level2type = N'COLUMN', @level2name = N'NetRevenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Revenue share of the top 20% of customers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityPareto',
    @level2type = N'COLUMN', @level2name = N'TopFifthRevenueShare';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers (whole tie groups, from the top) producing 80% of revenue.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityPareto',
    @level2type = N'COLUMN', @level2name = N'CustomersFor80Percent';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'CustomersFor80Percent / Customers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityPareto',
    @level2type = N'COLUMN', @level2name = N'CustomerShareFor80Percent';
GO
