CREATE VIEW mart.ActionHighValueAtRisk
AS
WITH Latest AS (
    SELECT MAX(x.YearMonthKey) AS YearMonthKey
    FROM fact.CustomerMonth AS x
),
Ranked AS (
    SELECT
        cm.CustomerId, cm.CustomerKey, cm.YearMonthKey, cm.RfmSegment, cm.PredictedClv12m, cm.ProbabilityAlive, cm.HistoricalClv, cm.RecencyDays,
        RANK() OVER (ORDER BY cm.PredictedClv12m) AS RankLow,
        COUNT(*) OVER (ORDER BY cm.PredictedClv12m RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS RankHigh,
        COUNT(*) OVER () AS Customers
    FROM fact.CustomerMonth AS cm
    INNER JOIN Latest AS l ON l.YearMonthKey = cm.YearMonthKey
    WHERE cm.PredictedClv12m IS NOT NULL
),
Flagged AS (
    SELECT
        r.CustomerId, r.CustomerKey, r.YearMonthKey, r.RfmSegment, r.PredictedClv12m, r.ProbabilityAlive, r.HistoricalClv, r.RecencyDays,
        prev.ProbabilityAlive AS PreviousProbabilityAlive,
        CASE WHEN r.ProbabilityAlive < prev.ProbabilityAlive THEN 1 ELSE 0 END AS PAliveFalling,
        CASE WHEN r.RfmSegment IN (N'At Risk', N'Can''t Lose') THEN 1 ELSE 0 END AS SegmentAtRisk
    FROM Ranked AS r
    INNER JOIN dim.Date AS m ON m.DateKey = r.YearMonthKey * 100 + 1
    LEFT JOIN dim.Date AS pm ON pm.MonthIndex = m.MonthIndex - 1 AND pm.DayOfMonth = 1
    LEFT JOIN fact.CustomerMonth AS prev ON prev.CustomerId = r.CustomerId AND prev.YearMonthKey = pm.YearMonthKey
    WHERE 5 * (r.RankLow + r.RankHigh) > 8 * r.Customers
)
SELECT
    c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone,
    f.YearMonthKey, f.RfmSegment, f.PredictedClv12m, f.ProbabilityAlive, f.PreviousProbabilityAlive, f.HistoricalClv, f.RecencyDays,
    f.PAliveFalling, f.SegmentAtRisk
FROM Flagged AS f
INNER JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey
WHERE f.PAliveFalling = 1 OR f.SegmentAtRisk = 1;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Action list for the latest snapshot month: customers in the top quintile of predictive 12-month CLV (average-rank rule, ties never split) whose P(alive) fell since the previous month or whose RFM segment is At Risk or Can''t Lose. Personal data: for report recipients whose report definition allows personal data only; on SQL Server the name, email and phone columns are masked (Dynamic Data Masking) for analysts without UNMASK.',
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
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'P(alive) at the previous month end.',
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
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when P(alive) fell since the previous month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'PAliveFalling';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the segment is At Risk or Can''t Lose.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionHighValueAtRisk',
    @level2type = N'COLUMN', @level2name = N'SegmentAtRisk';
GO
