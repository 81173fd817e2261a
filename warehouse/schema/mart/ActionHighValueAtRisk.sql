CREATE VIEW mart.ActionHighValueAtRisk
AS
WITH Ranked AS (
    SELECT
        cm.CustomerId, cm.CustomerKey, cm.YearMonthKey, cm.PredictedClv12m, cm.ProbabilityAlive,
        RANK() OVER (PARTITION BY cm.YearMonthKey ORDER BY cm.PredictedClv12m) AS RankLow,
        COUNT(*) OVER (PARTITION BY cm.YearMonthKey ORDER BY cm.PredictedClv12m RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS RankHigh,
        COUNT(*) OVER (PARTITION BY cm.YearMonthKey) AS Customers
    FROM fact.CustomerMonth AS cm
    WHERE cm.PredictedClv12m IS NOT NULL
),
TopThen AS (
    SELECT r.CustomerId, r.YearMonthKey, r.PredictedClv12m, r.ProbabilityAlive
    FROM Ranked AS r
    WHERE 5 * (r.RankLow + r.RankHigh) > 8 * r.Customers
),
Flagged AS (
    SELECT
        cm.CustomerId, cm.CustomerKey, cm.YearMonthKey, cm.RfmSegment, cm.PredictedClv12m, cm.ProbabilityAlive, cm.HistoricalClv, cm.RecencyDays,
        cm.MonthEndDateKey,
        t.YearMonthKey AS PreviousYearMonthKey,
        pm.MonthEndDateKey AS PreviousMonthEndDateKey,
        t.PredictedClv12m AS PreviousPredictedClv12m,
        t.ProbabilityAlive AS PreviousProbabilityAlive,
        CASE WHEN t.ProbabilityAlive - cm.ProbabilityAlive >= cfg.HighValuePAliveDrop THEN 1 ELSE 0 END AS PAliveFalling,
        CASE WHEN cm.ProbabilityAlive < cfg.HighValuePAliveFloor THEN 1 ELSE 0 END AS PAliveLow,
        CASE WHEN cm.RfmSegment IN ('At Risk', 'Can''t Lose') THEN 1 ELSE 0 END AS SegmentAtRisk
    FROM fact.CustomerMonth AS cm
    CROSS JOIN mart.Config AS cfg
    INNER JOIN mart.Month AS m ON m.YearMonthKey = cm.YearMonthKey
    INNER JOIN mart.Month AS pm ON pm.MonthIndex = m.MonthIndex - 3
    INNER JOIN TopThen AS t ON t.CustomerId = cm.CustomerId AND t.YearMonthKey = pm.YearMonthKey
    WHERE cm.ProbabilityAlive IS NOT NULL
)
SELECT
    f.YearMonthKey,
    c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone,
    f.RfmSegment, f.PredictedClv12m, f.ProbabilityAlive, f.PreviousProbabilityAlive, f.PreviousPredictedClv12m,
    f.PreviousMonthEndDateKey, f.MonthEndDateKey AS AsOfDateKey,
    CAST(f.PreviousPredictedClv12m * CASE WHEN f.PreviousProbabilityAlive > f.ProbabilityAlive THEN f.PreviousProbabilityAlive - f.ProbabilityAlive ELSE 0 END AS decimal(19, 4)) AS ValueAtRisk,
    f.HistoricalClv, f.RecencyDays,
    f.PAliveFalling, f.PAliveLow, f.SegmentAtRisk
FROM Flagged AS f
INNER JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey
WHERE f.PAliveFalling = 1 OR f.PAliveLow = 1 OR f.SegmentAtRisk = 1;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Action list as of each report month (YearMonthKey): customers who were in the top quintile of predictive 12-month CLV three months earlier (average-rank rule, ties never split) and whose P(alive) has since fallen by at least HighValuePAliveDrop, or is now below HighValuePAliveFloor, or whose RFM segment is now At Risk or Can''t Lose; rank by ValueAtRisk (CLV three months earlier x the fall in P(alive)). Personal data: for report recipients whose report definition allows personal data only; on SQL Server the name, email and phone columns are masked (Dynamic Data Masking) for analysts without UNMASK.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer id.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'FirstName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'LastName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Email (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Phone (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'Phone';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Snapshot month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RFM segment.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'RfmSegment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Predictive 12-month CLV.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'PredictedClv12m';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'P(alive) at month end.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'ProbabilityAlive';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'P(alive) three months earlier (PreviousMonthEndDateKey).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'PreviousProbabilityAlive';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Gross margin to date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'HistoricalClv';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days since the latest purchase at month end.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'RecencyDays';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when P(alive) fell by at least HighValuePAliveDrop over the three months.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'PAliveFalling';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the segment is At Risk or Can''t Lose.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'SegmentAtRisk';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Predictive 12-month CLV three months earlier (when the customer was in the top quintile).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'PreviousPredictedClv12m';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last day of the month three months earlier, the date of the previous values.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'PreviousMonthEndDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The report months last day, the date of the current values.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'AsOfDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'PreviousPredictedClv12m x (PreviousProbabilityAlive - ProbabilityAlive), 0 when P(alive) did not fall: the ranking.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'ValueAtRisk';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when P(alive) is below HighValuePAliveFloor.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'PAliveLow';
GO
