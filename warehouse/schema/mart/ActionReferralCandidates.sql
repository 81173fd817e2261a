CREATE VIEW mart.ActionReferralCandidates
AS
WITH Answers AS (
    SELECT c.CustomerId, r.DateKey, d.DayIndex, r.Nps
    FROM fact.SurveyResponse AS r
    INNER JOIN dim.Customer AS c ON c.CustomerKey = r.CustomerKey
    INNER JOIN dim.Date AS d ON d.DateKey = r.DateKey
    WHERE r.Nps IS NOT NULL AND r.CustomerKey <> -1
),
LatestDay AS (
    SELECT m.YearMonthKey, a.CustomerId, MAX(a.DateKey) AS DateKey
    FROM Answers AS a
    INNER JOIN mart.Month AS m ON a.DayIndex <= m.MonthEndDayIndex
    GROUP BY m.YearMonthKey, a.CustomerId
),
LatestAnswer AS (
    SELECT l.YearMonthKey, l.CustomerId, l.DateKey, MIN(a.Nps) AS Nps
    FROM LatestDay AS l
    INNER JOIN Answers AS a ON a.CustomerId = l.CustomerId AND a.DateKey = l.DateKey
    GROUP BY l.YearMonthKey, l.CustomerId, l.DateKey
)
SELECT
    la.YearMonthKey,
    c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone,
    la.Nps AS LatestNps,
    la.DateKey AS LatestNpsDateKey,
    cm.LastPurchaseDateKey,
    cm.MonthEndDateKey AS AsOfDateKey,
    cm.RecencyDays AS DaysSinceLastPurchase
FROM LatestAnswer AS la
INNER JOIN fact.CustomerMonth AS cm ON cm.CustomerId = la.CustomerId AND cm.YearMonthKey = la.YearMonthKey
INNER JOIN dim.Customer AS c ON c.CustomerKey = cm.CustomerKey
CROSS JOIN mart.Config AS cfg
WHERE la.Nps >= 9
    AND cm.RecencyDays < cfg.PromoterRecentDays;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Action list as of each report month (YearMonthKey): promoters who bought recently (referral candidates): identified customers whose latest NPS answer day up to that month''s end has only 9-10 answers and whose latest purchase is within PromoterRecentDays of the month end (fact.CustomerMonth.RecencyDays). Personal data: for report recipients whose report definition allows personal data only; on SQL Server the name, email and phone columns are masked (Dynamic Data Masking) for analysts without UNMASK.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionReferralCandidates';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer id.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionReferralCandidates',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionReferralCandidates',
    @level2type = N'COLUMN', @level2name = N'FirstName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionReferralCandidates',
    @level2type = N'COLUMN', @level2name = N'LastName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Email (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionReferralCandidates',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Phone (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionReferralCandidates',
    @level2type = N'COLUMN', @level2name = N'Phone';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Lowest NPS answer on the latest answer day (9 or 10).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionReferralCandidates',
    @level2type = N'COLUMN', @level2name = N'LatestNps';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Date of the latest NPS answer.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionReferralCandidates',
    @level2type = N'COLUMN', @level2name = N'LatestNpsDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Date of the latest purchase.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionReferralCandidates',
    @level2type = N'COLUMN', @level2name = N'LastPurchaseDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days from the latest purchase to the end of the report month (AsOfDateKey).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionReferralCandidates',
    @level2type = N'COLUMN', @level2name = N'DaysSinceLastPurchase';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The report month the list is as of (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionReferralCandidates',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The months last day, the date the list is as of.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionReferralCandidates',
    @level2type = N'COLUMN', @level2name = N'AsOfDateKey';
GO
