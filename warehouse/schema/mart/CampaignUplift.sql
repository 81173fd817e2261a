CREATE VIEW mart.CampaignUplift
AS
WITH Sends AS (
    -- Campaigns with an audience file, and the instant their window opens: sent_at, else the campaign's first event.
    SELECT k.CampaignKey, k.CampaignId, k.CampaignName,
        COALESCE(k.SentAtUtc, MIN(e.EventAtUtc)) AS SentAtUtc, COALESCE(k.SentDateKey, MIN(e.DateKey)) AS SentDateKey
    FROM dim.Campaign AS k
    LEFT JOIN fact.EmailEvent AS e ON e.CampaignKey = k.CampaignKey
    WHERE EXISTS (SELECT 1 FROM fact.CampaignAudience AS a WHERE a.CampaignKey = k.CampaignKey)
    GROUP BY k.CampaignKey, k.CampaignId, k.CampaignName, k.SentAtUtc, k.SentDateKey
),
MemberGroups AS (
    -- One member per campaign and customer (two addresses of one person count once).
    SELECT a.CampaignKey, c.CustomerId, MIN(a.AudienceGroup) AS FirstGroup, MAX(a.AudienceGroup) AS LastGroup
    FROM fact.CampaignAudience AS a
    INNER JOIN dim.Customer AS c ON c.CustomerKey = a.CustomerKey
    WHERE a.CustomerKey <> -1
    GROUP BY a.CampaignKey, c.CustomerId
),
Unmatched AS (
    -- Not compared: addresses no customer carries (their purchases cannot be seen) and customers in both groups (ambiguous).
    SELECT a.CampaignKey, CAST(COUNT(*) AS int) AS LeftOut
    FROM fact.CampaignAudience AS a
    WHERE a.CustomerKey = -1
       OR EXISTS (SELECT 1 FROM MemberGroups AS m INNER JOIN dim.Customer AS c ON c.CustomerId = m.CustomerId
                  WHERE m.CampaignKey = a.CampaignKey AND c.CustomerKey = a.CustomerKey AND m.FirstGroup <> m.LastGroup)
    GROUP BY a.CampaignKey
),
WindowPurchases AS (
    -- Each member's purchases from the send instant to the end of the click window (calendar days, as attribution counts).
    -- An inner join filtered in WHERE, then joined to the members on keys alone: with the window in a LEFT JOIN's ON clause
    -- DuckDB ran it as a nested loop (20,000 customers: 7.8 s for the view).
    SELECT m.CampaignKey, m.CustomerId, o.OrderId, o.NetRevenue
    FROM MemberGroups AS m
    INNER JOIN Sends AS s ON s.CampaignKey = m.CampaignKey
    INNER JOIN dim.Date AS sd ON sd.DateKey = s.SentDateKey
    CROSS JOIN mart.Config AS cfg
    INNER JOIN mart.OrderSummary AS o ON o.CustomerId = m.CustomerId
    WHERE m.FirstGroup = m.LastGroup AND o.IsPurchase = 1
      AND o.OrderedAtUtc >= s.SentAtUtc AND o.DayIndex - sd.DayIndex <= cfg.AttributionClickWindowDays
),
Outcomes AS (
    SELECT m.CampaignKey, m.FirstGroup AS AudienceGroup, m.CustomerId,
        MAX(CASE WHEN p.OrderId IS NULL THEN 0 ELSE 1 END) AS Converted,
        COALESCE(SUM(p.NetRevenue), 0) AS Revenue
    FROM MemberGroups AS m
    INNER JOIN Sends AS s ON s.CampaignKey = m.CampaignKey
    INNER JOIN dim.Date AS sd ON sd.DateKey = s.SentDateKey
    LEFT JOIN WindowPurchases AS p ON p.CampaignKey = m.CampaignKey AND p.CustomerId = m.CustomerId
    WHERE m.FirstGroup = m.LastGroup
    GROUP BY m.CampaignKey, m.FirstGroup, m.CustomerId
),
Groups AS (
    SELECT o.CampaignKey,
        CAST(SUM(CASE WHEN o.AudienceGroup = 'treatment' THEN 1 ELSE 0 END) AS int) AS Nt,
        CAST(SUM(CASE WHEN o.AudienceGroup = 'treatment' THEN o.Converted ELSE 0 END) AS int) AS Xt,
        1e0 * SUM(CASE WHEN o.AudienceGroup = 'treatment' THEN o.Revenue ELSE 0 END) AS Rt,
        1e0 * SUM(CASE WHEN o.AudienceGroup = 'treatment' THEN o.Revenue * o.Revenue ELSE 0 END) AS Qt,
        CAST(SUM(CASE WHEN o.AudienceGroup = 'control' THEN 1 ELSE 0 END) AS int) AS Nc,
        CAST(SUM(CASE WHEN o.AudienceGroup = 'control' THEN o.Converted ELSE 0 END) AS int) AS Xc,
        1e0 * SUM(CASE WHEN o.AudienceGroup = 'control' THEN o.Revenue ELSE 0 END) AS Rc,
        1e0 * SUM(CASE WHEN o.AudienceGroup = 'control' THEN o.Revenue * o.Revenue ELSE 0 END) AS Qc
    FROM Outcomes AS o
    GROUP BY o.CampaignKey
),
Rates AS (
    -- Floating point (1e0 *) on both engines: the interval takes square roots. NULL for an empty group, never 0.
    SELECT g.CampaignKey, g.Nt, g.Xt, g.Nc, g.Xc,
        1e0 * g.Xt / NULLIF(g.Nt, 0) AS Pt, 1e0 * g.Xc / NULLIF(g.Nc, 0) AS Pc,
        g.Rt / NULLIF(g.Nt, 0) AS Mt, g.Rc / NULLIF(g.Nc, 0) AS Mc,
        -- Sample variance of revenue per member; rounding can leave a hair below 0 when every member spent the same.
        CASE WHEN g.Nt > 1 THEN (CASE WHEN g.Qt - g.Rt * g.Rt / g.Nt > 0 THEN g.Qt - g.Rt * g.Rt / g.Nt ELSE 0 END) / (g.Nt - 1) END AS Vt,
        CASE WHEN g.Nc > 1 THEN (CASE WHEN g.Qc - g.Rc * g.Rc / g.Nc > 0 THEN g.Qc - g.Rc * g.Rc / g.Nc ELSE 0 END) / (g.Nc - 1) END AS Vc
    FROM Groups AS g
),
Wilson AS (
    -- Wilson score interval of each group's rate (z = 1.96, z^2 = 3.8416): centre and half-width.
    SELECT r.CampaignKey, r.Nt, r.Xt, r.Nc, r.Xc, r.Pt, r.Pc, r.Mt, r.Mc, r.Vt, r.Vc,
        (r.Pt + 3.8416 / (2e0 * NULLIF(r.Nt, 0))) / (1 + 3.8416 / NULLIF(r.Nt, 0)) AS Ct,
        1.96 * SQRT(r.Pt * (1 - r.Pt) / NULLIF(r.Nt, 0) + 3.8416 / (4e0 * NULLIF(r.Nt, 0) * r.Nt)) / (1 + 3.8416 / NULLIF(r.Nt, 0)) AS Ht,
        (r.Pc + 3.8416 / (2e0 * NULLIF(r.Nc, 0))) / (1 + 3.8416 / NULLIF(r.Nc, 0)) AS Cc,
        1.96 * SQRT(r.Pc * (1 - r.Pc) / NULLIF(r.Nc, 0) + 3.8416 / (4e0 * NULLIF(r.Nc, 0) * r.Nc)) / (1 + 3.8416 / NULLIF(r.Nc, 0)) AS Hc
    FROM Rates AS r
)
SELECT
    d.YearMonthKey, s.CampaignId, s.CampaignName,
    COALESCE(w.Nt, 0) AS TreatmentMembers, COALESCE(w.Nc, 0) AS ControlMembers,
    COALESCE(w.Xt, 0) AS TreatmentConverted, COALESCE(w.Xc, 0) AS ControlConverted,
    COALESCE(lo.LeftOut, 0) AS MembersLeftOut,
    CAST(w.Pt AS decimal(19, 6)) AS TreatmentConversionRate,
    CAST(w.Pc AS decimal(19, 6)) AS ControlConversionRate,
    CAST(w.Pt - w.Pc AS decimal(19, 6)) AS ConversionUplift,
    -- Newcombe's hybrid score interval for a difference of proportions (method 10), from the two Wilson intervals.
    CAST(w.Pt - w.Pc - SQRT((w.Pt - (w.Ct - w.Ht)) * (w.Pt - (w.Ct - w.Ht)) + ((w.Cc + w.Hc) - w.Pc) * ((w.Cc + w.Hc) - w.Pc)) AS decimal(19, 6)) AS ConversionUpliftLow,
    CAST(w.Pt - w.Pc + SQRT(((w.Ct + w.Ht) - w.Pt) * ((w.Ct + w.Ht) - w.Pt) + (w.Pc - (w.Cc - w.Hc)) * (w.Pc - (w.Cc - w.Hc))) AS decimal(19, 6)) AS ConversionUpliftHigh,
    CAST(w.Mt AS decimal(19, 4)) AS TreatmentRevenuePerMember,
    CAST(w.Mc AS decimal(19, 4)) AS ControlRevenuePerMember,
    CAST(w.Mt - w.Mc AS decimal(19, 4)) AS RevenueUpliftPerMember,
    -- Welch: the difference of means +/- 1.96 standard errors from each group's sample variance.
    CAST(w.Mt - w.Mc - 1.96 * SQRT(w.Vt / NULLIF(w.Nt, 0) + w.Vc / NULLIF(w.Nc, 0)) AS decimal(19, 4)) AS RevenueUpliftLow,
    CAST(w.Mt - w.Mc + 1.96 * SQRT(w.Vt / NULLIF(w.Nt, 0) + w.Vc / NULLIF(w.Nc, 0)) AS decimal(19, 4)) AS RevenueUpliftHigh,
    CAST((w.Mt - w.Mc) * w.Nt AS decimal(19, 4)) AS IncrementalRevenue,
    CASE WHEN w.Nc IS NULL OR w.Nt IS NULL OR w.Xt < 5 OR w.Nt - w.Xt < 5 OR w.Xc < 5 OR w.Nc - w.Xc < 5 THEN 1 ELSE 0 END AS IsSmallSample
FROM Sends AS s
LEFT JOIN dim.Date AS d ON d.DateKey = s.SentDateKey
LEFT JOIN Wilson AS w ON w.CampaignKey = s.CampaignKey
LEFT JOIN Unmatched AS lo ON lo.CampaignKey = s.CampaignKey;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Per email campaign with an audience file (email/audiences): its treatment group (sent the campaign) against its control group (held out, sent nothing), the number that says whether the campaign caused anything. A member converts with a purchase (an identified order, returns excluded) at or after the campaign''s send instant (sent_at, else its first event) and at most Snapshot:AttributionClickWindowDays (7) calendar days after the send day, clicked or not: the groups are compared as assigned (intention to treat). One member per customer; addresses no customer carries and customers in both groups are left out. Uplift = treatment minus control; its 95% interval is Newcombe''s hybrid score interval for conversion and Welch''s for revenue per member. An empty group gives NULL rates and uplift, never 0.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Send month (yyyymm): sent_at, else the first event; NULL when neither is known.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Campaign id (email/campaigns).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'CampaignId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Campaign name.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'CampaignName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers in the treatment group.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'TreatmentMembers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers in the control (holdout) group; 0 = no holdout.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'ControlMembers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Treatment members with a purchase in the window.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'TreatmentConverted';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Control members with a purchase in the window.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'ControlConverted';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Audience rows not compared: addresses no customer carries, and customers in both groups.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'MembersLeftOut';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'TreatmentConverted / TreatmentMembers (0-1); NULL for an empty group.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'TreatmentConversionRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ControlConverted / ControlMembers (0-1); NULL for an empty holdout.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'ControlConversionRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'TreatmentConversionRate - ControlConversionRate (rate points, 0-1 scale); NULL for an empty group.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'ConversionUplift';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Lower end of the 95% interval of ConversionUplift (Newcombe hybrid score, from the Wilson interval of each rate).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'ConversionUpliftLow';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Upper end of the 95% interval of ConversionUplift.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'ConversionUpliftHigh';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue of the treatment members'' purchases in the window / TreatmentMembers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'TreatmentRevenuePerMember';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue of the control members'' purchases in the window / ControlMembers.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'ControlRevenuePerMember';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'TreatmentRevenuePerMember - ControlRevenuePerMember; NULL for an empty group.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'RevenueUpliftPerMember';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Lower end of the 95% interval of RevenueUpliftPerMember (Welch: 1.96 standard errors from each group''s sample variance); NULL with fewer than 2 members in a group.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'RevenueUpliftLow';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Upper end of the 95% interval of RevenueUpliftPerMember.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'RevenueUpliftHigh';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RevenueUpliftPerMember x TreatmentMembers: the revenue the campaign caused, by the holdout.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'IncrementalRevenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the interval is not to be trusted: a group is empty or has fewer than 5 converters or 5 non-converters.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignUplift',
    @level2type = N'COLUMN', @level2name = N'IsSmallSample';
GO
