CREATE VIEW mart.ActionWinBack
AS
WITH Buyers AS (
    SELECT
        cm.YearMonthKey, cm.CustomerId, cm.CustomerKey, cm.HistoricalClv, cm.Frequency, cm.LastPurchaseDateKey, cm.RecencyDays,
        cm.MonthEndDateKey,
        COUNT(*) OVER (PARTITION BY cm.YearMonthKey ORDER BY cm.HistoricalClv RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS RankHigh,
        COUNT(*) OVER (PARTITION BY cm.YearMonthKey) AS Customers
    FROM fact.CustomerMonth AS cm
    WHERE cm.Frequency > 0
),
Median AS (
    SELECT b.YearMonthKey, MIN(CASE WHEN 2 * b.RankHigh >= b.Customers THEN b.HistoricalClv END) AS MedianHistoricalClv
    FROM Buyers AS b
    GROUP BY b.YearMonthKey
)
SELECT
    b.YearMonthKey,
    c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone,
    b.HistoricalClv,
    md.MedianHistoricalClv,
    b.Frequency,
    b.LastPurchaseDateKey,
    b.MonthEndDateKey AS AsOfDateKey,
    b.RecencyDays AS DaysSinceLastPurchase
FROM Buyers AS b
INNER JOIN Median AS md ON md.YearMonthKey = b.YearMonthKey
CROSS JOIN mart.Config AS cfg
INNER JOIN dim.Customer AS c ON c.CustomerKey = b.CustomerKey
WHERE b.RecencyDays >= cfg.LapseDays
    AND b.RecencyDays <= cfg.WinBackMaxDays
    AND b.HistoricalClv > md.MedianHistoricalClv;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Action list as of each report month (YearMonthKey): win-back candidates: customers whose latest purchase is between LapseDays and WinBackMaxDays before that month''s end and whose historical CLV (gross margin to date, that snapshot month) is above the median of all customers with a purchase then (nearest-rank lower median). Personal data: for report recipients whose report definition allows personal data only; on SQL Server the name, email and phone columns are masked (Dynamic Data Masking) for analysts without UNMASK.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer id.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack',
    @level2type = N'COLUMN', @level2name = N'FirstName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack',
    @level2type = N'COLUMN', @level2name = N'LastName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Email (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Phone (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack',
    @level2type = N'COLUMN', @level2name = N'Phone';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Gross margin to date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack',
    @level2type = N'COLUMN', @level2name = N'HistoricalClv';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Median historical CLV of customers with a purchase.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack',
    @level2type = N'COLUMN', @level2name = N'MedianHistoricalClv';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchase orders to date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack',
    @level2type = N'COLUMN', @level2name = N'Frequency';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Date of the latest purchase.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack',
    @level2type = N'COLUMN', @level2name = N'LastPurchaseDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days from the latest purchase to the end of the report month (AsOfDateKey).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack',
    @level2type = N'COLUMN', @level2name = N'DaysSinceLastPurchase';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The report month the list is as of (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The months last day, the date the list is as of.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack',
    @level2type = N'COLUMN', @level2name = N'AsOfDateKey';
GO
