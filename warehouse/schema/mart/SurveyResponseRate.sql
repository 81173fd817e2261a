CREATE VIEW mart.SurveyResponseRate
AS
WITH Invitations AS (
    SELECT
        i.SurveyInvitationKey,
        d.YearMonthKey,
        CASE WHEN st.StoreKey IS NULL THEN 'None' ELSE st.StoreId END AS StoreId,
        CASE WHEN st.StoreKey IS NULL THEN 'None' ELSE COALESCE(st.Region, 'Unknown') END AS Region,
        CASE WHEN EXISTS (
            SELECT 1
            FROM fact.SurveyResponse AS r
            INNER JOIN dim.Date AS rd ON rd.DateKey = r.DateKey
            INNER JOIN dim.Customer AS rc ON rc.CustomerKey = r.CustomerKey
            WHERE (r.SurveyId = i.SurveyId OR (r.SurveyId IS NULL AND i.SurveyId IS NULL))
                AND r.RecordedAtUtc >= i.SentAtUtc
                AND rd.DayIndex <= d.DayIndex + cfg.SurveyResponseWindowDays
                AND ((i.CustomerKey <> -1 AND r.CustomerKey <> -1 AND rc.CustomerId = c.CustomerId)
                    OR (i.EmailNormalized IS NOT NULL AND r.EmailNormalized = i.EmailNormalized))
                -- A response answers the latest invitation it could answer (a reminder, not the first ask, gets it).
                AND NOT EXISTS (
                    SELECT 1
                    FROM fact.SurveyInvitation AS l
                    INNER JOIN dim.Customer AS lc ON lc.CustomerKey = l.CustomerKey
                    WHERE (l.SurveyId = r.SurveyId OR (l.SurveyId IS NULL AND r.SurveyId IS NULL))
                        AND l.SentAtUtc <= r.RecordedAtUtc
                        AND (l.SentAtUtc > i.SentAtUtc OR (l.SentAtUtc = i.SentAtUtc AND l.SurveyInvitationKey > i.SurveyInvitationKey))
                        AND ((l.CustomerKey <> -1 AND r.CustomerKey <> -1 AND lc.CustomerId = rc.CustomerId)
                            OR (l.EmailNormalized IS NOT NULL AND r.EmailNormalized = l.EmailNormalized)))
        ) THEN 1 ELSE 0 END AS Responded,
        0 AS IsPlaceholder
    FROM fact.SurveyInvitation AS i
    INNER JOIN dim.Date AS d ON d.DateKey = i.DateKey
    INNER JOIN dim.Customer AS c ON c.CustomerKey = i.CustomerKey
    CROSS JOIN mart.Config AS cfg
    -- The unknown member (key -1) maps to NULL, which matches nothing: a plain equi-join. With 'AND <alias>.CustomerKey <> -1'
    -- in the ON clause DuckDB ran this LEFT JOIN as a nested loop (mart.Engagement on 20,000 customers: 19.3 s, now 0.13 s).
    LEFT JOIN fact.CustomerMonth AS cm ON cm.CustomerId = CASE WHEN i.CustomerKey <> -1 THEN c.CustomerId END AND cm.YearMonthKey = d.YearMonthKey
    LEFT JOIN dim.Store AS st ON st.StoreKey = cm.LastPurchaseStoreKey
    UNION ALL
    SELECT NULL, m.YearMonthKey, sd.StoreId, sd.Region, 0, 1
    FROM mart.Month AS m
    CROSS JOIN mart.StoreDirectory AS sd
),
Agg AS (
    SELECT
        x.YearMonthKey, cut.CutLevel,
        CASE WHEN cut.CutLevel = 'Store' THEN x.StoreId ELSE 'All' END AS StoreId,
        CASE WHEN cut.CutLevel = 'Region' THEN x.Region ELSE 'All' END AS Region,
        COUNT(x.SurveyInvitationKey) AS Invited,
        SUM(x.Responded) AS Responded
    FROM Invitations AS x
    CROSS JOIN mart.CutLevel AS cut
    WHERE cut.CutLevel IN ('All', 'Store', 'Region') AND (x.IsPlaceholder = 0 OR cut.CutLevel IN ('Store', 'Region'))
    GROUP BY
        x.YearMonthKey, cut.CutLevel,
        CASE WHEN cut.CutLevel = 'Store' THEN x.StoreId ELSE 'All' END,
        CASE WHEN cut.CutLevel = 'Region' THEN x.Region ELSE 'All' END
),
Filled AS (
    SELECT g.YearMonthKey, g.CutLevel, g.StoreId, g.Region, g.Invited, g.Responded
    FROM Agg AS g
    UNION ALL
    SELECT m.YearMonthKey, 'All', 'All', 'All', 0, 0
    FROM mart.Month AS m
    WHERE NOT EXISTS (SELECT 1 FROM Agg AS g WHERE g.YearMonthKey = m.YearMonthKey AND g.CutLevel = 'All')
)
SELECT
    f.YearMonthKey,
    f.CutLevel,
    f.StoreId,
    f.Region,
    CAST(f.Invited AS int) AS Invited,
    CAST(f.Responded AS int) AS Responded,
    CAST(CAST(f.Responded AS decimal(19, 4)) / NULLIF(CAST(f.Invited AS decimal(19, 4)), 0) AS decimal(9, 4)) AS ResponseRate,
    cfg.SurveyResponseWindowDays AS ResponseWindowDays
FROM Filled AS f
CROSS JOIN mart.Config AS cfg;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey response rate (KPI_CATALOG) by month the invitation was sent and cut: CutLevel All, Store or Region. Invited = invitations of fact.SurveyInvitation sent that month; Responded = those answered: a fact.SurveyResponse to the same survey_id (a blank survey_id only matches a blank one) by the same person (the same customer_id, whichever version; or, for invitations or responses waiting on the unknown member, the same normalised address), recorded at or after sent_at and at most ResponseWindowDays (etl.Setting SurveyResponseWindowDays, Snapshot:SurveyResponseWindowDays, default 14) business days after the send date. A response answers only the latest invitation it could answer (sent at or before it; a reminder, not the first ask), and an invitation counts once however many responses answer it, so Responded never exceeds the responses. The latest months are provisional while their windows are still open. Store attribution as in mart.Satisfaction: the invitee''s home store (latest purchase as of the end of the send month); StoreId None = unidentified invitee or no purchase yet; every store of mart.StoreDirectory has a row each month. A month without invitations keeps its All row with zero counts and a NULL rate.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SurveyResponseRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month the invitation was sent, yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SurveyResponseRate',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Store or Region.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SurveyResponseRate',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Home store (latest purchase as of month end) on Store rows (None = unidentified or no purchase yet), else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SurveyResponseRate',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Region of the home store on Region rows (None without a store), else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SurveyResponseRate',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Invitations sent in the month (the n of ResponseRate).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SurveyResponseRate',
    @level2type = N'COLUMN', @level2name = N'Invited';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Invitations of the month answered within the window.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SurveyResponseRate',
    @level2type = N'COLUMN', @level2name = N'Responded';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Responded / Invited, a fraction 0-1; NULL without invitations.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SurveyResponseRate',
    @level2type = N'COLUMN', @level2name = N'ResponseRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The window the row was computed with (days after the send date).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'SurveyResponseRate',
    @level2type = N'COLUMN', @level2name = N'ResponseWindowDays';
GO
