CREATE VIEW mart.ProfitabilityDecile
AS
WITH Ranked AS (
    SELECT
        cm.YearMonthKey,
        cm.Revenue,
        cm.Margin,
        RANK() OVER (PARTITION BY cm.YearMonthKey ORDER BY cm.Margin) AS RankLow,
        COUNT(*) OVER (PARTITION BY cm.YearMonthKey ORDER BY cm.Margin RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS RankHigh,
        COUNT(*) OVER (PARTITION BY cm.YearMonthKey) AS Customers,
        SUM(cm.Margin) OVER (PARTITION BY cm.YearMonthKey) AS TotalMargin
    FROM fact.CustomerMonth AS cm
    WHERE cm.IsActive = 1
),
Scored AS (
    SELECT
        r.YearMonthKey, r.Revenue, r.Margin, r.TotalMargin,
        CAST(CEILING(CAST(10 * (r.RankLow + r.RankHigh) AS decimal(19, 4)) / CAST(2 * r.Customers AS decimal(19, 4))) AS int) AS Decile
    FROM Ranked AS r
)
SELECT
    s.YearMonthKey,
    s.Decile,
    CAST(COUNT(*) AS int) AS Customers,
    CAST(SUM(s.Revenue) AS decimal(19, 4)) AS NetRevenue,
    CAST(SUM(s.Margin) AS decimal(19, 4)) AS GrossMargin,
    CAST(CAST(SUM(s.Margin) AS decimal(19, 4)) / NULLIF(CAST(MAX(s.TotalMargin) AS decimal(19, 4)), 0) AS decimal(9, 4)) AS MarginShare
FROM Scored AS s
GROUP BY s.YearMonthKey, s.Decile;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer profitability deciles by month: customers with a purchase in the month ranked by the month''s gross margin; decile = ceil(10 x average rank / n) with ascending ranks and tied margins sharing their average rank (the RFM quintile rule), so decile 10 holds the most profitable customers and ties never split. Computed with RANK and COUNT windows, which both engines evaluate identically. Whole customer base only (no cuts).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityDecile';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityDecile',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 (least margin) to 10 (most margin).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityDecile',
    @level2type = N'COLUMN', @level2name = N'Decile';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers in the decile.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityDecile',
    @level2type = N'COLUMN', @level2name = N'Customers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue of those customers in the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityDecile',
    @level2type = N'COLUMN', @level2name = N'NetRevenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Gross margin of those customers in the month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityDecile',
    @level2type = N'COLUMN', @level2name = N'GrossMargin';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Share of the month''s gross margin of all ranked customers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProfitabilityDecile',
    @level2type = N'COLUMN', @level2name = N'MarginShare';
GO
