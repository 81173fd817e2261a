CREATE VIEW etl.CustomerMonthSource
AS
WITH Customers AS (
    SELECT a.CustomerId, MIN(a.MonthIndex) AS StartMonthIndex
    FROM etl.CustomerActivity AS a
    GROUP BY a.CustomerId
),
Grid AS (
    SELECT cu.CustomerId, m.YearMonthKey, m.MonthIndex, m.MonthStartDayIndex, m.MonthEndDayIndex, m.MonthEndDateKey
    FROM Customers AS cu
    INNER JOIN mart.Month AS m ON m.MonthIndex >= cu.StartMonthIndex
),
MonthlyOrders AS (
    SELECT
        o.CustomerId,
        o.YearMonthKey,
        SUM(o.IsPurchase) AS Orders,
        SUM(o.Units) AS Units,
        SUM(o.NetRevenue) AS Revenue,
        SUM(o.Margin) AS Margin,
        MIN(CASE WHEN o.IsPurchase = 1 THEN o.DayIndex END) AS FirstPurchaseDayIndex,
        MAX(CASE WHEN o.IsPurchase = 1 THEN o.DayIndex END) AS LastPurchaseDayIndex
    FROM mart.OrderSummary AS o
    WHERE o.CustomerId IS NOT NULL
    GROUP BY o.CustomerId, o.YearMonthKey
),
Running AS (
    SELECT
        g.CustomerId,
        g.YearMonthKey,
        g.MonthStartDayIndex,
        g.MonthEndDayIndex,
        g.MonthEndDateKey,
        COALESCE(mo.Orders, 0) AS Orders,
        COALESCE(mo.Units, 0) AS Units,
        COALESCE(mo.Revenue, 0) AS Revenue,
        COALESCE(mo.Margin, 0) AS Margin,
        SUM(COALESCE(mo.Orders, 0)) OVER (PARTITION BY g.CustomerId ORDER BY g.MonthIndex ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS Frequency,
        SUM(COALESCE(mo.Revenue, 0)) OVER (PARTITION BY g.CustomerId ORDER BY g.MonthIndex ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS RevenueToDate,
        SUM(COALESCE(mo.Margin, 0)) OVER (PARTITION BY g.CustomerId ORDER BY g.MonthIndex ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS MarginToDate,
        MIN(mo.FirstPurchaseDayIndex) OVER (PARTITION BY g.CustomerId ORDER BY g.MonthIndex ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS FirstPurchaseDayIndex,
        MAX(mo.LastPurchaseDayIndex) OVER (PARTITION BY g.CustomerId ORDER BY g.MonthIndex ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS LastPurchaseDayIndex
    FROM Grid AS g
    LEFT JOIN MonthlyOrders AS mo ON mo.CustomerId = g.CustomerId AND mo.YearMonthKey = g.YearMonthKey
),
PurchaseDayStore AS (
    SELECT o.CustomerId, o.DayIndex, MIN(o.StoreKey) AS StoreKey
    FROM mart.OrderSummary AS o
    WHERE o.CustomerId IS NOT NULL AND o.IsPurchase = 1
    GROUP BY o.CustomerId, o.DayIndex
),
Versions AS (
    SELECT g.CustomerId, g.YearMonthKey, MAX(v.CustomerKey) AS CustomerKey
    FROM Grid AS g
    INNER JOIN dim.Date AS nd ON nd.DayIndex = g.MonthEndDayIndex + 1
    INNER JOIN dim.Customer AS v ON v.CustomerId = g.CustomerId AND v.ValidFromUtc < nd.FullDate AND v.ValidToUtc >= nd.FullDate
    GROUP BY g.CustomerId, g.YearMonthKey
),
FirstVersion AS (
    SELECT v.CustomerId, MIN(v.CustomerKey) AS CustomerKey
    FROM dim.Customer AS v
    WHERE v.CustomerKey <> -1
      AND NOT EXISTS (SELECT 1 FROM dim.Customer AS e WHERE e.CustomerId = v.CustomerId AND e.ValidFromUtc < v.ValidFromUtc)
    GROUP BY v.CustomerId
)
SELECT
    r.YearMonthKey,
    r.CustomerId,
    COALESCE(ve.CustomerKey, fv.CustomerKey) AS CustomerKey,
    r.MonthEndDateKey,
    CAST(r.Orders AS int) AS Orders,
    CAST(r.Units AS int) AS Units,
    CAST(r.Revenue AS decimal(19, 4)) AS Revenue,
    CAST(r.Margin AS decimal(19, 4)) AS Margin,
    fd.DateKey AS FirstPurchaseDateKey,
    ld.DateKey AS LastPurchaseDateKey,
    fd.YearMonthKey AS CohortYearMonthKey,
    r.MonthEndDayIndex - r.LastPurchaseDayIndex AS RecencyDays,
    CAST(r.Frequency AS int) AS Frequency,
    CAST(CASE WHEN r.Frequency = 0 THEN 0
        ELSE CAST(r.RevenueToDate AS decimal(19, 4)) / CAST(r.Frequency AS decimal(19, 4)) END AS decimal(19, 4)) AS MonetaryValue,
    CASE WHEN r.Orders > 0 THEN 1 ELSE 0 END AS IsActive,
    CASE WHEN r.FirstPurchaseDayIndex >= r.MonthStartDayIndex THEN 1 ELSE 0 END AS IsNew,
    CASE WHEN r.LastPurchaseDayIndex + cfg.LapseDays >= r.MonthStartDayIndex
        AND r.LastPurchaseDayIndex + cfg.LapseDays <= r.MonthEndDayIndex THEN 1 ELSE 0 END AS IsLapsed,
    CAST(r.MarginToDate AS decimal(19, 4)) AS HistoricalClv,
    fs.StoreKey AS FirstPurchaseStoreKey,
    ls.StoreKey AS LastPurchaseStoreKey
FROM Running AS r
CROSS JOIN mart.Config AS cfg
LEFT JOIN dim.Date AS fd ON fd.DayIndex = r.FirstPurchaseDayIndex
LEFT JOIN dim.Date AS ld ON ld.DayIndex = r.LastPurchaseDayIndex
LEFT JOIN PurchaseDayStore AS fs ON fs.CustomerId = r.CustomerId AND fs.DayIndex = r.FirstPurchaseDayIndex
LEFT JOIN PurchaseDayStore AS ls ON ls.CustomerId = r.CustomerId AND ls.DayIndex = r.LastPurchaseDayIndex
LEFT JOIN Versions AS ve ON ve.CustomerId = r.CustomerId AND ve.YearMonthKey = r.YearMonthKey
LEFT JOIN FirstVersion AS fv ON fv.CustomerId = r.CustomerId;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The set-based part of the customer-month snapshot for every identified customer and reporting month from the customer''s first activity (purchase, survey, web session, email event or signup) on: purchases, units, revenue, margin, first/last purchase, recency, frequency, monetary, lapse (etl.Setting LapseDays) and historical CLV. The derive step copies the months it rebuilds into stage.CustomerMonthBase; analysts read fact.CustomerMonth instead.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Snapshot month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Durable customer id.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer version current at month end (the latest version valid before the next day; the first version when none was valid yet).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'CustomerKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last day of the month.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'MonthEndDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchase orders (net quantity > 0) in the month.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'Orders';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net units in the month.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'Units';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue in the month (returns netted).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'Revenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Gross margin in the month.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'Margin';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First purchase date; NULL when none yet.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'FirstPurchaseDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Latest purchase date up to month end; NULL when none yet.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'LastPurchaseDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month of the first purchase.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'CohortYearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days from the latest purchase to month end.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'RecencyDays';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchase orders to date.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'Frequency';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue to date / purchase orders to date (0 before the first purchase).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'MonetaryValue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when a purchase fell in the month.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'IsActive';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the first purchase fell in the month.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'IsNew';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the latest purchase + LapseDays falls in the month (the customer crossed the lapse line).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'IsLapsed';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Gross margin to month end.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'HistoricalClv';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store of the first purchase (lowest StoreKey on that day).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'FirstPurchaseStoreKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store of the latest purchase (lowest StoreKey on that day).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerMonthSource',
    @level2type = N'COLUMN', @level2name = N'LastPurchaseStoreKey';
GO
