CREATE VIEW mart.ActionReferralCandidates
AS
WITH Answers AS (
    SELECT c.CustomerId, r.DateKey, r.Nps
    FROM fact.SurveyResponse AS r
    INNER JOIN dim.Customer AS c ON c.CustomerKey = r.CustomerKey
    WHERE r.Nps IS NOT NULL AND r.CustomerKey <> -1
),
LatestDay AS (
    SELECT a.CustomerId, MAX(a.DateKey) AS DateKey
    FROM Answers AS a
    GROUP BY a.CustomerId
),
LatestAnswer AS (
    SELECT l.CustomerId, l.DateKey, MIN(a.Nps) AS Nps
    FROM LatestDay AS l
    INNER JOIN Answers AS a ON a.CustomerId = l.CustomerId AND a.DateKey = l.DateKey
    GROUP BY l.CustomerId, l.DateKey
),
LastPurchase AS (
    SELECT o.CustomerId, MAX(o.DayIndex) AS DayIndex, MAX(o.DateKey) AS DateKey
    FROM mart.OrderSummary AS o
    WHERE o.IsPurchase = 1 AND o.CustomerId IS NOT NULL
    GROUP BY o.CustomerId
)
SELECT
    c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone,
    la.Nps AS LatestNps,
    la.DateKey AS LatestNpsDateKey,
    p.DateKey AS LastPurchaseDateKey,
    dr.LastDayIndex - p.DayIndex AS DaysSinceLastPurchase
FROM LatestAnswer AS la
INNER JOIN LastPurchase AS p ON p.CustomerId = la.CustomerId
INNER JOIN dim.Customer AS c ON c.CustomerId = la.CustomerId AND c.IsCurrent = 1
CROSS JOIN mart.DataRange AS dr
CROSS JOIN mart.Config AS cfg
WHERE la.Nps >= 9
    AND p.DayIndex > dr.LastDayIndex - cfg.PromoterRecentDays;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Action list: promoters who bought recently (referral candidates): identified customers whose latest NPS answer day has only 9-10 answers and whose latest purchase is within PromoterRecentDays of the latest data date. Personal data: for report recipients whose report definition allows personal data only; on SQL Server the name, email and phone columns are masked (Dynamic Data Masking) for analysts without UNMASK.',
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
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days from the latest purchase to the latest data date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionReferralCandidates',
    @level2type = N'COLUMN', @level2name = N'DaysSinceLastPurchase';
GO
