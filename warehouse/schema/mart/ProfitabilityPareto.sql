CREATE VIEW mart.ProfitabilityPareto
AS
WITH Ranked AS (
    SELECT
        cm.YearMonthKey,
        cm.Revenue,
        RANK() OVER (PARTITION BY cm.YearMonthKey ORDER BY cm.Revenue) AS RankLow,
        COUNT(*) OVER (PARTITION BY cm.YearMonthKey ORDER BY cm.Revenue RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS RankHigh,
        COUNT(*) OVER (PARTITION BY cm.YearMonthKey ORDER BY cm.Revenue DESC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS CountFromTop,
        SUM(cm.Revenue) OVER (PARTITION BY cm.YearMonthKey ORDER BY cm.Revenue DESC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS RevenueFromTop,
        COUNT(*) OVER (PARTITION BY cm.YearMonthKey) AS Customers,
        SUM(cm.Revenue) OVER (PARTITION BY cm.YearMonthKey) AS TotalRevenue
    FROM fact.CustomerMonth AS cm
    WHERE cm.IsActive = 1
),
Agg AS (
    SELECT
        r.YearMonthKey,
        MAX(r.Customers) AS Customers,
        MAX(r.TotalRevenue) AS TotalRevenue,
        SUM(CASE WHEN 5 * (r.RankLow + r.RankHigh) > 8 * r.Customers THEN r.Revenue ELSE 0 END) AS TopFifthRevenue,
        MIN(CASE WHEN 5 * r.RevenueFromTop >= 4 * r.TotalRevenue THEN r.CountFromTop END) AS CustomersFor80Percent
    FROM Ranked AS r
    GROUP BY r.YearMonthKey
)
SELECT
    a.YearMonthKey,
    CAST(a.Customers AS int) AS Customers,
    CAST(a.TotalRevenue AS decimal(19, 4)) AS NetRevenue,
    CAST(CAST(a.TopFifthRevenue AS decimal(19, 4)) / NULLIF(CAST(a.TotalRevenue AS decimal(19, 4)), 0) AS decimal(9, 4)) AS TopFifthRevenueShare,
    CAST(a.CustomersFor80Percent AS int) AS CustomersFor80Percent,
    CAST(CAST(a.CustomersFor80Percent AS decimal(19, 4)) / NULLIF(CAST(a.Customers AS decimal(19, 4)), 0) AS decimal(9, 4)) AS CustomerShareFor80Percent
FROM Agg AS a;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Pareto concentration by month over customers with a purchase in the month, by the month''s net revenue. Top 20% = customers whose revenue quintile is 5 under the average-rank rule (ties never split). Customers producing 80% = the fewest top customers, whole tie groups, whose revenue reaches 80% of the total (window sums with a RANGE frame, identical on both engines).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityPareto';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityPareto',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
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
