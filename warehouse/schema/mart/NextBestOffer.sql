CREATE VIEW mart.NextBestOffer
AS
WITH Purchases AS (
    SELECT c.CustomerId, d.MonthIndex, ai.Item, SUM(s.Quantity) AS NetQuantity, MAX(s.Quantity) AS LargestLine
    FROM fact.SalesLine AS s
    INNER JOIN dim.Customer AS c ON c.CustomerKey = s.CustomerKey
    INNER JOIN mart.AffinityItem AS ai ON ai.ProductKey = s.ProductKey
    INNER JOIN dim.Date AS d ON d.DateKey = s.DateKey
    WHERE s.CustomerKey <> -1
    GROUP BY c.CustomerId, d.MonthIndex, ai.Item
),
History AS (
    -- What the customer bought and kept in the window: returns net out, so an item returned in full points nowhere.
    SELECT w.YearMonthKey, p.CustomerId, p.Item
    FROM mart.AffinityWindow AS w
    INNER JOIN Purchases AS p ON p.MonthIndex BETWEEN w.FirstMonthIndex AND w.LastMonthIndex
    GROUP BY w.YearMonthKey, p.CustomerId, p.Item
    HAVING SUM(p.NetQuantity) > 0
),
Owned AS (
    -- Everything the customer ever bought up to the month end, kept or returned: never offered to them.
    SELECT DISTINCT w.YearMonthKey, p.CustomerId, p.Item
    FROM mart.AffinityWindow AS w
    INNER JOIN Purchases AS p ON p.MonthIndex <= w.LastMonthIndex
    WHERE p.LargestLine > 0
),
Partners AS (
    SELECT
        a.YearMonthKey, a.ItemA, a.ItemB, a.Confidence, a.Lift, a.OrdersWithA, a.OrdersWithBoth,
        ROW_NUMBER() OVER (PARTITION BY a.YearMonthKey, a.ItemA ORDER BY a.Confidence DESC, a.Lift DESC, a.ItemB) AS PartnerRank
    FROM mart.ProductAffinity AS a
    WHERE a.IsSmallSample = 0 AND a.Lift > 1
),
Candidates AS (
    -- Each item not owned, through the bought item that points to it most strongly.
    SELECT
        h.YearMonthKey, h.CustomerId, p.ItemB AS Item, p.ItemA AS BecauseItem, p.Confidence, p.Lift, p.OrdersWithA, p.OrdersWithBoth,
        ROW_NUMBER() OVER (PARTITION BY h.YearMonthKey, h.CustomerId, p.ItemB ORDER BY p.Confidence DESC, p.Lift DESC, p.ItemA) AS BecauseRank
    FROM History AS h
    INNER JOIN Partners AS p ON p.YearMonthKey = h.YearMonthKey AND p.ItemA = h.Item
    CROSS JOIN mart.Config AS cfg
    WHERE p.PartnerRank <= cfg.AffinityPartnersPerItem
        AND NOT EXISTS (SELECT 1 FROM Owned AS o WHERE o.YearMonthKey = h.YearMonthKey AND o.CustomerId = h.CustomerId AND o.Item = p.ItemB)
),
Ranked AS (
    SELECT
        c.YearMonthKey, c.CustomerId, c.Item, c.BecauseItem, c.Confidence, c.Lift, c.OrdersWithA, c.OrdersWithBoth,
        ROW_NUMBER() OVER (PARTITION BY c.YearMonthKey, c.CustomerId ORDER BY c.Confidence DESC, c.Lift DESC, c.Item) AS OfferRank
    FROM Candidates AS c
    WHERE c.BecauseRank = 1
),
Names AS (
    SELECT ai.Item, MIN(ai.ItemName) AS ItemName
    FROM mart.AffinityItem AS ai
    GROUP BY ai.Item
)
SELECT
    r.YearMonthKey,
    r.CustomerId,
    r.OfferRank,
    r.Item AS OfferItem,
    n.ItemName AS OfferName,
    r.BecauseItem,
    nb.ItemName AS BecauseName,
    r.Confidence,
    r.Lift,
    r.OrdersWithA AS BecauseOrders,
    r.OrdersWithBoth,
    cfg.AffinityWindowMonths AS WindowMonths
FROM Ranked AS r
INNER JOIN Names AS n ON n.Item = r.Item
INNER JOIN Names AS nb ON nb.Item = r.BecauseItem
CROSS JOIN mart.Config AS cfg
WHERE r.OfferRank <= cfg.OffersPerCustomer;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Next best offers as of each report month (YearMonthKey), one row per identified customer and offer. Each item (product or category, mart.AffinityItem) the customer bought and kept (net of returns) in the trailing window (mart.AffinityWindow) points to its Snapshot:AffinityPartnersPerItem strongest partners in mart.ProductAffinity that month (confidence, then lift; only pairs with lift above 1 that are not small-sample); items the customer ever bought up to the month end are never offered; an item pointed to from several bought items keeps its strongest reason. The Snapshot:OffersPerCustomer best by confidence, then lift, then item, are listed. No personal data (mart.ActionNextBestOffer is the contact list).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NextBestOffer';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The report month the offers are as of (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer id.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 = the best offer for the customer that month.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'OfferRank';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The item offered: SKU, or category at category level.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'OfferItem';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'What the offered item is called.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'OfferName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The item the customer bought that points to the offer.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'BecauseItem';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'What that item is called.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'BecauseName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Share of the window''s orders with BecauseItem that also had OfferItem.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'Confidence';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Confidence divided by the share of all orders with OfferItem.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'Lift';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders in the window with BecauseItem.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'BecauseOrders';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders in the window with both items.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'OrdersWithBoth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Months in the trailing window (Snapshot:AffinityWindowMonths).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NextBestOffer',
    @level2type = N'COLUMN', @level2name = N'WindowMonths';
GO
