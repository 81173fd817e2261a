CREATE VIEW mart.ActionWinBack
AS
WITH Latest AS (
    SELECT MAX(x.YearMonthKey) AS YearMonthKey
    FROM fact.CustomerMonth AS x
),
Buyers AS (
    SELECT
        cm.CustomerId, cm.CustomerKey, cm.HistoricalClv, cm.Frequency, cm.LastPurchaseDateKey,
        COUNT(*) OVER (ORDER BY cm.HistoricalClv RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS RankHigh,
        COUNT(*) OVER () AS Customers
    FROM fact.CustomerMonth AS cm
    INNER JOIN Latest AS l ON l.YearMonthKey = cm.YearMonthKey
    WHERE cm.Frequency > 0
),
Median AS (
    SELECT MIN(CASE WHEN 2 * b.RankHigh >= b.Customers THEN b.HistoricalClv END) AS MedianHistoricalClv
    FROM Buyers AS b
)
SELECT
    c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone,
    b.HistoricalClv,
    md.MedianHistoricalClv,
    b.Frequency,
    b.LastPurchaseDateKey,
    dr.LastDayIndex - d.DayIndex AS DaysSinceLastPurchase
FROM Buyers AS b
CROSS JOIN Median AS md
CROSS JOIN mart.DataRange AS dr
CROSS JOIN mart.Config AS cfg
INNER JOIN dim.Date AS d ON d.DateKey = b.LastPurchaseDateKey
INNER JOIN dim.Customer AS c ON c.CustomerKey = b.CustomerKey
WHERE dr.LastDayIndex - d.DayIndex >= cfg.LapseDays
    AND dr.LastDayIndex - d.DayIndex <= cfg.WinBackMaxDays
    AND b.HistoricalClv > md.MedianHistoricalClv;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Action list: win-back candidates: customers whose latest purchase is between LapseDays and WinBackMaxDays before the latest data date and whose historical CLV (gross margin to date, latest snapshot month) is above the median of all customers with a purchase (nearest-rank lower median). Personal data: for report recipients whose report definition allows personal data only; on SQL Server the name, email and phone columns are masked (Dynamic Data Masking) for analysts without UNMASK.',
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
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days from the latest purchase to the latest data date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionWinBack',
    @level2type = N'COLUMN', @level2name = N'DaysSinceLastPurchase';
GO
