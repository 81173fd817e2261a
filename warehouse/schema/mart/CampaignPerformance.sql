CREATE VIEW mart.CampaignPerformance
AS
WITH Messages AS (
    -- One message per campaign and address (the unknown member's events keep their own addresses apart).
    SELECT
        e.CampaignKey,
        MAX(CASE WHEN e.EventType = 'processed' THEN 1 ELSE 0 END) AS Sent,
        MAX(CASE WHEN e.EventType = 'delivered' THEN 1 ELSE 0 END) AS Delivered,
        MAX(CASE WHEN e.EventType = 'open' AND e.IsMachineOpen = 0 THEN 1 ELSE 0 END) AS Opened,
        MAX(CASE WHEN e.EventType = 'click' THEN 1 ELSE 0 END) AS Clicked,
        MAX(CASE WHEN e.EventType = 'unsubscribe' THEN 1 ELSE 0 END) AS Unsubscribed,
        MAX(CASE WHEN e.EventType = 'spamreport' THEN 1 ELSE 0 END) AS Spam,
        MIN(e.DateKey) AS FirstDateKey
    FROM fact.EmailEvent AS e
    GROUP BY e.CampaignKey, COALESCE(e.EmailNormalized, CAST(e.CustomerKey AS varchar(20)))
),
Funnel AS (
    SELECT m.CampaignKey, CAST(SUM(m.Sent) AS int) AS Sent, CAST(SUM(m.Delivered) AS int) AS Delivered, CAST(SUM(m.Opened) AS int) AS UniqueOpens,
        CAST(SUM(m.Clicked) AS int) AS UniqueClicks, CAST(SUM(m.Unsubscribed) AS int) AS Unsubscribes, CAST(SUM(m.Spam) AS int) AS SpamReports,
        MIN(m.FirstDateKey) AS FirstDateKey
    FROM Messages AS m
    GROUP BY m.CampaignKey
),
Attributed AS (
    SELECT a.CampaignKey, CAST(COUNT(*) AS int) AS Orders, SUM(a.NetRevenue) AS NetRevenue,
        CASE WHEN COUNT(a.Margin) = COUNT(*) THEN SUM(a.Margin) END AS Margin
    FROM mart.EmailAttribution AS a
    GROUP BY a.CampaignKey
),
Performance AS (
    SELECT
        COALESCE(sd.YearMonthKey, fd.YearMonthKey) AS YearMonthKey,
        k.CampaignId, k.CampaignName, k.Segment,
        f.Sent, f.Delivered, f.UniqueOpens, f.UniqueClicks, f.Unsubscribes, f.SpamReports,
        COALESCE(a.Orders, 0) AS AttributedOrders,
        CAST(COALESCE(a.NetRevenue, 0) AS decimal(19, 4)) AS AttributedRevenue,
        CAST(CASE WHEN a.CampaignKey IS NULL THEN 0 ELSE a.Margin END AS decimal(19, 4)) AS AttributedMargin,
        k.Cost
    FROM Funnel AS f
    INNER JOIN dim.Campaign AS k ON k.CampaignKey = f.CampaignKey
    LEFT JOIN dim.Date AS sd ON sd.DateKey = k.SentDateKey
    INNER JOIN dim.Date AS fd ON fd.DateKey = f.FirstDateKey
    LEFT JOIN Attributed AS a ON a.CampaignKey = f.CampaignKey
)
SELECT
    p.YearMonthKey, p.CampaignId, p.CampaignName, p.Segment,
    p.Sent, p.Delivered, p.UniqueOpens, p.UniqueClicks, p.Unsubscribes, p.SpamReports,
    CAST(p.UniqueOpens AS decimal(19, 4)) / NULLIF(p.Delivered, 0) AS OpenRate,
    CAST(p.UniqueClicks AS decimal(19, 4)) / NULLIF(p.Delivered, 0) AS ClickRate,
    p.AttributedOrders, p.AttributedRevenue, p.AttributedMargin, p.Cost,
    CAST(p.AttributedRevenue / NULLIF(p.Delivered, 0) AS decimal(19, 4)) AS RevenuePerDelivered,
    CAST((p.AttributedMargin - p.Cost) / NULLIF(p.Cost, 0) AS decimal(19, 4)) AS Roi
FROM Performance AS p;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Per email campaign (by its send month, else the month of its first event): the funnel (messages sent, delivered, unique human opens, unique clicks, unsubscribes, spam reports; one message per campaign and address) and the purchases it earned. Attribution (mart.EmailAttribution, its one definition): an order (a purchase by an identified customer) counts for the campaign its buyer last clicked at or before the order and at most Snapshot:AttributionClickWindowDays (7) calendar days earlier; with no such click, the campaign they last opened (human opens, not machine opens) at most Snapshot:AttributionOpenWindowDays (1) days earlier; each order counts once. Returns earn nothing. ROI = (attributed margin - cost) / cost: NULL without a cost, or while an attributed order has an uncosted line (margin unknown).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Send month of the campaign (yyyymm): its sent_at, else its first event.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Campaign id (email/campaigns).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'CampaignId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Campaign name.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'CampaignName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The audience segment the campaign names.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'Segment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Messages sent (processed), one per address.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'Sent';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Messages delivered.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'Delivered';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Messages opened by a person (machine opens excluded).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'UniqueOpens';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Messages with a click.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'UniqueClicks';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Messages followed by an unsubscribe.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'Unsubscribes';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Messages reported as spam.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'SpamReports';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'UniqueOpens / Delivered (0-1; NULL with nothing delivered).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'OpenRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'UniqueClicks / Delivered (0-1; NULL with nothing delivered).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'ClickRate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchases attributed to the campaign (last click within AttributionClickWindowDays, else last human open within AttributionOpenWindowDays).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'AttributedOrders';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue (quantity x price - discount) of the attributed purchases.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'AttributedRevenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Gross margin of the attributed purchases; NULL while one has a line without a known unit cost.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'AttributedMargin';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The campaign cost (email/campaigns cost); NULL when unknown.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'Cost';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'AttributedRevenue / Delivered.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'RevenuePerDelivered';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(AttributedMargin - Cost) / Cost; NULL without a cost or with an unknown margin.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CampaignPerformance',
    @level2type = N'COLUMN', @level2name = N'Roi';
GO
