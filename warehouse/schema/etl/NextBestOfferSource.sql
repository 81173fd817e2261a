CREATE VIEW etl.NextBestOfferSource
AS
WITH Customers AS (
    -- Every version of a customer maps to one number (its lowest key), so the heavy steps group and sort integers.
    SELECT c.CustomerKey, c.CustomerId, MIN(c.CustomerKey) OVER (PARTITION BY c.CustomerId) AS CustomerNo
    FROM dim.Customer AS c
    WHERE c.CustomerKey <> -1
),
Purchases AS (
    SELECT cu.CustomerNo, d.MonthIndex, ai.ItemKey, SUM(s.Quantity) AS NetQuantity, MAX(s.Quantity) AS LargestLine
    FROM fact.SalesLine AS s
    INNER JOIN Customers AS cu ON cu.CustomerKey = s.CustomerKey
    INNER JOIN mart.AffinityItem AS ai ON ai.ProductKey = s.ProductKey
    INNER JOIN dim.Date AS d ON d.DateKey = s.DateKey
    GROUP BY cu.CustomerNo, d.MonthIndex, ai.ItemKey
),
History AS (
    -- What the customer bought and kept in the window: returns net out, so an item returned in full points nowhere.
    SELECT w.YearMonthKey, w.LastMonthIndex, p.CustomerNo, p.ItemKey
    FROM mart.AffinityWindow AS w
    INNER JOIN Purchases AS p ON p.MonthIndex BETWEEN w.FirstMonthIndex AND w.LastMonthIndex
    GROUP BY w.YearMonthKey, w.LastMonthIndex, p.CustomerNo, p.ItemKey
    HAVING SUM(p.NetQuantity) > 0
),
FirstBought AS (
    -- The month each customer first bought each item (kept or returned): from then on it is never offered to them.
    SELECT p.CustomerNo, p.ItemKey, MIN(p.MonthIndex) AS MonthIndex
    FROM Purchases AS p
    WHERE p.LargestLine > 0
    GROUP BY p.CustomerNo, p.ItemKey
),
Partners AS (
    SELECT
        a.YearMonthKey, a.ItemKeyA, a.ItemKeyB, a.Confidence, a.Lift, a.OrdersWithA, a.OrdersWithBoth,
        ROW_NUMBER() OVER (PARTITION BY a.YearMonthKey, a.ItemKeyA ORDER BY a.Confidence DESC, a.Lift DESC, a.ItemKeyB) AS PartnerRank
    FROM mart.ProductAffinity AS a
    WHERE a.IsSmallSample = 0 AND a.Lift > 1
),
TopPartners AS (
    SELECT p.YearMonthKey, p.ItemKeyA, p.ItemKeyB, p.Confidence, p.Lift, p.OrdersWithA, p.OrdersWithBoth
    FROM Partners AS p
    CROSS JOIN mart.Config AS cfg
    WHERE p.PartnerRank <= cfg.AffinityPartnersPerItem
),
Strongest AS (
    -- Each item not owned, through the bought item that points to it most strongly. For one offered item lift is
    -- confidence over that item's fixed share of orders, so the highest confidence is the highest lift too; ties go to
    -- the lowest item key. One aggregate over a packed number (confidence in millionths, then the item key reversed)
    -- instead of a window or a second pass: this is the one step with a row per customer, item and reason.
    SELECT
        h.YearMonthKey, h.CustomerNo, p.ItemKeyB,
        MAX(CAST(p.Confidence * 1000000 AS bigint) * 10000000000 + (9999999999 - p.ItemKeyA)) AS Packed
    FROM History AS h
    INNER JOIN TopPartners AS p ON p.YearMonthKey = h.YearMonthKey AND p.ItemKeyA = h.ItemKey
    WHERE NOT EXISTS (SELECT 1 FROM FirstBought AS f WHERE f.CustomerNo = h.CustomerNo AND f.ItemKey = p.ItemKeyB AND f.MonthIndex <= h.LastMonthIndex)
    GROUP BY h.YearMonthKey, h.CustomerNo, p.ItemKeyB
),
Ranked AS (
    SELECT
        s.YearMonthKey, s.CustomerNo, p.ItemKeyB, p.ItemKeyA, p.Confidence, p.Lift, p.OrdersWithA, p.OrdersWithBoth,
        ROW_NUMBER() OVER (PARTITION BY s.YearMonthKey, s.CustomerNo ORDER BY p.Confidence DESC, p.Lift DESC, p.ItemKeyB) AS OfferRank
    FROM Strongest AS s
    INNER JOIN TopPartners AS p ON p.YearMonthKey = s.YearMonthKey AND p.ItemKeyB = s.ItemKeyB
        AND p.ItemKeyA = 9999999999 - s.Packed % 10000000000
),
Names AS (
    SELECT ai.ItemKey, MIN(ai.Item) AS Item, MIN(ai.ItemName) AS ItemName
    FROM mart.AffinityItem AS ai
    GROUP BY ai.ItemKey
),
Ids AS (
    SELECT DISTINCT cu.CustomerNo, cu.CustomerId
    FROM Customers AS cu
)
SELECT
    r.YearMonthKey,
    i.CustomerId,
    r.OfferRank,
    n.Item AS OfferItem,
    n.ItemName AS OfferName,
    nb.Item AS BecauseItem,
    nb.ItemName AS BecauseName,
    r.Confidence,
    r.Lift,
    r.OrdersWithA AS BecauseOrders,
    r.OrdersWithBoth,
    cfg.AffinityWindowMonths AS WindowMonths
FROM Ranked AS r
CROSS JOIN mart.Config AS cfg
INNER JOIN Ids AS i ON i.CustomerNo = r.CustomerNo
INNER JOIN Names AS n ON n.ItemKey = r.ItemKeyB
INNER JOIN Names AS nb ON nb.ItemKey = r.ItemKeyA
WHERE r.OfferRank <= cfg.OffersPerCustomer;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The next best offer logic the snapshot derive materialises into fact.NextBestOffer (for the months of Snapshot:OfferMonths; recomputed on every read, so read fact.NextBestOffer or mart.NextBestOffer instead): as of each report month (YearMonthKey), one row per identified customer and offer. Each item (product or category, mart.AffinityItem) the customer bought and kept (net of returns) in the trailing window (mart.AffinityWindow) points to its Snapshot:AffinityPartnersPerItem strongest partners in mart.ProductAffinity that month (confidence, then lift; only pairs with lift above 1 that are not small-sample); items the customer ever bought up to the month end are never offered; an item pointed to from several bought items keeps its strongest reason. The Snapshot:OffersPerCustomer best by confidence, then lift, then item, are listed. No personal data (mart.ActionNextBestOffer is the contact list).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'NextBestOfferSource';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The report month the offers are as of (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'NextBestOfferSource',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer id.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'NextBestOfferSource',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 = the best offer for the customer that month.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'NextBestOfferSource',
    @level2type = N'COLUMN', @level2name = N'OfferRank';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The item offered: SKU, or category at category level.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'NextBestOfferSource',
    @level2type = N'COLUMN', @level2name = N'OfferItem';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'What the offered item is called.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'NextBestOfferSource',
    @level2type = N'COLUMN', @level2name = N'OfferName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The item the customer bought that points to the offer.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'NextBestOfferSource',
    @level2type = N'COLUMN', @level2name = N'BecauseItem';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'What that item is called.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'NextBestOfferSource',
    @level2type = N'COLUMN', @level2name = N'BecauseName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Share of the window''s orders with BecauseItem that also had OfferItem.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'NextBestOfferSource',
    @level2type = N'COLUMN', @level2name = N'Confidence';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Confidence divided by the share of all orders with OfferItem.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'NextBestOfferSource',
    @level2type = N'COLUMN', @level2name = N'Lift';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders in the window with BecauseItem.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'NextBestOfferSource',
    @level2type = N'COLUMN', @level2name = N'BecauseOrders';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders in the window with both items.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'NextBestOfferSource',
    @level2type = N'COLUMN', @level2name = N'OrdersWithBoth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Months in the trailing window (Snapshot:AffinityWindowMonths).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'NextBestOfferSource',
    @level2type = N'COLUMN', @level2name = N'WindowMonths';
GO
