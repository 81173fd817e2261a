CREATE VIEW mart.EmailAttribution
AS
WITH Touches AS (
    -- What can earn an order: a click (rank 1) or else a person's open (rank 2) by an identified customer.
    SELECT e.CampaignKey, c.CustomerId, e.EventAtUtc, d.DayIndex, CASE WHEN e.EventType = 'click' THEN 1 ELSE 2 END AS TouchRank
    FROM fact.EmailEvent AS e
    INNER JOIN dim.Customer AS c ON c.CustomerKey = e.CustomerKey
    INNER JOIN dim.Date AS d ON d.DateKey = e.DateKey
    WHERE e.CustomerKey <> -1 AND (e.EventType = 'click' OR (e.EventType = 'open' AND e.IsMachineOpen = 0))
),
Candidates AS (
    SELECT o.OrderId, o.CustomerId, o.OrderedAtUtc, o.YearMonthKey, o.NetRevenue, o.Margin, t.CampaignKey, t.TouchRank,
        ROW_NUMBER() OVER (PARTITION BY o.OrderId ORDER BY t.TouchRank, t.EventAtUtc DESC, t.CampaignKey) AS Pick
    FROM mart.OrderSummary AS o
    INNER JOIN Touches AS t ON t.CustomerId = o.CustomerId AND t.EventAtUtc <= o.OrderedAtUtc
    CROSS JOIN mart.Config AS cfg
    WHERE o.IsPurchase = 1
      AND ((t.TouchRank = 1 AND o.DayIndex - t.DayIndex <= cfg.AttributionClickWindowDays)
        OR (t.TouchRank = 2 AND o.DayIndex - t.DayIndex <= cfg.AttributionOpenWindowDays))
)
SELECT a.OrderId, a.CampaignKey, a.CustomerId, a.OrderedAtUtc, a.YearMonthKey, a.NetRevenue, a.Margin,
    CASE WHEN a.TouchRank = 1 THEN 'click' ELSE 'open' END AS Touch
FROM Candidates AS a
WHERE a.Pick = 1;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The one definition of email attribution, one row per attributed order: an order (a purchase by an identified customer) counts for the campaign its buyer last clicked at or before the order and at most Snapshot:AttributionClickWindowDays (7) calendar days earlier; with no such click, the campaign they last opened (human opens, not machine opens) at most Snapshot:AttributionOpenWindowDays (1) days earlier; each order counts once (ties: the later touch, then the lower campaign key). Returns earn nothing. Read by mart.CampaignPerformance (orders earned per campaign) and mart.Engagement (the funnel''s purchase stage).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'EmailAttribution';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The attributed order (mart.OrderSummary).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'EmailAttribution',
    @level2type = N'COLUMN', @level2name = N'OrderId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The campaign that earned it (dim.Campaign).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'EmailAttribution',
    @level2type = N'COLUMN', @level2name = N'CampaignKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The buyer.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'EmailAttribution',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the order was placed (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'EmailAttribution',
    @level2type = N'COLUMN', @level2name = N'OrderedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month of the order (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'EmailAttribution',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The order''s net revenue.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'EmailAttribution',
    @level2type = N'COLUMN', @level2name = N'NetRevenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The order''s gross margin; NULL while a line has no known unit cost.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'EmailAttribution',
    @level2type = N'COLUMN', @level2name = N'Margin';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'What earned it: click, or open (no click in the click window).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'EmailAttribution',
    @level2type = N'COLUMN', @level2name = N'Touch';
GO
