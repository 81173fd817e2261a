CREATE VIEW mart.ProductAffinity
AS
WITH Baskets AS (
    -- One row per order and item. A basket is one order: co-purchase means bought together, which a customer's
    -- purchases months apart do not show. Returns are orders of negative lines and never form a basket.
    SELECT DISTINCT s.OrderId, d.MonthIndex, ai.ItemKey
    FROM fact.SalesLine AS s
    INNER JOIN mart.AffinityItem AS ai ON ai.ProductKey = s.ProductKey
    INNER JOIN dim.Date AS d ON d.DateKey = s.DateKey
    WHERE s.Quantity > 0
),
MonthOrders AS (
    SELECT b.MonthIndex, COUNT(DISTINCT b.OrderId) AS Orders
    FROM Baskets AS b
    GROUP BY b.MonthIndex
),
MonthItems AS (
    SELECT b.MonthIndex, b.ItemKey, COUNT(*) AS Orders
    FROM Baskets AS b
    GROUP BY b.MonthIndex, b.ItemKey
),
MonthPairs AS (
    SELECT a.MonthIndex, a.ItemKey AS ItemKeyA, b.ItemKey AS ItemKeyB, COUNT(*) AS Orders
    FROM Baskets AS a
    INNER JOIN Baskets AS b ON b.OrderId = a.OrderId AND b.ItemKey <> a.ItemKey
    GROUP BY a.MonthIndex, a.ItemKey, b.ItemKey
),
WindowOrders AS (
    SELECT w.YearMonthKey, SUM(o.Orders) AS Orders
    FROM mart.AffinityWindow AS w
    INNER JOIN MonthOrders AS o ON o.MonthIndex BETWEEN w.FirstMonthIndex AND w.LastMonthIndex
    GROUP BY w.YearMonthKey
),
WindowItems AS (
    SELECT w.YearMonthKey, i.ItemKey, SUM(i.Orders) AS Orders
    FROM mart.AffinityWindow AS w
    INNER JOIN MonthItems AS i ON i.MonthIndex BETWEEN w.FirstMonthIndex AND w.LastMonthIndex
    GROUP BY w.YearMonthKey, i.ItemKey
),
WindowPairs AS (
    SELECT w.YearMonthKey, p.ItemKeyA, p.ItemKeyB, SUM(p.Orders) AS Orders
    FROM mart.AffinityWindow AS w
    INNER JOIN MonthPairs AS p ON p.MonthIndex BETWEEN w.FirstMonthIndex AND w.LastMonthIndex
    GROUP BY w.YearMonthKey, p.ItemKeyA, p.ItemKeyB
),
Items AS (
    SELECT ai.ItemKey, MIN(ai.Item) AS Item
    FROM mart.AffinityItem AS ai
    GROUP BY ai.ItemKey
)
SELECT
    p.YearMonthKey,
    ia.Item AS ItemA,
    ib.Item AS ItemB,
    p.ItemKeyA,
    p.ItemKeyB,
    CAST(t.Orders AS int) AS Orders,
    CAST(a.Orders AS int) AS OrdersWithA,
    CAST(b.Orders AS int) AS OrdersWithB,
    CAST(p.Orders AS int) AS OrdersWithBoth,
    CAST(CAST(p.Orders AS decimal(19, 6)) / t.Orders AS decimal(19, 6)) AS Support,
    CAST(CAST(p.Orders AS decimal(19, 6)) / a.Orders AS decimal(19, 6)) AS Confidence,
    CAST(CAST(p.Orders AS decimal(19, 6)) * t.Orders / (CAST(a.Orders AS decimal(19, 6)) * b.Orders) AS decimal(19, 6)) AS Lift,
    CASE WHEN p.Orders >= cfg.AffinityMinPairOrders THEN 0 ELSE 1 END AS IsSmallSample
FROM WindowPairs AS p
CROSS JOIN mart.Config AS cfg
INNER JOIN WindowOrders AS t ON t.YearMonthKey = p.YearMonthKey
INNER JOIN WindowItems AS a ON a.YearMonthKey = p.YearMonthKey AND a.ItemKey = p.ItemKeyA
INNER JOIN WindowItems AS b ON b.YearMonthKey = p.YearMonthKey AND b.ItemKey = p.ItemKeyB
INNER JOIN Items AS ia ON ia.ItemKey = p.ItemKeyA
INNER JOIN Items AS ib ON ib.ItemKey = p.ItemKeyB;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Item-to-item co-purchase as of each report month (YearMonthKey): for every ordered pair of items (A, B) bought together in at least one order of the trailing window (Snapshot:AffinityWindowMonths months ending with the report month, nothing later), support = orders with both / orders, confidence = orders with both / orders with A (how often B comes with A), lift = confidence / (orders with B / orders) (above 1: bought together more than chance). A basket is one order, identified or anonymous, positive lines only (returns excluded); an order counts once per item however many lines or units. Items are products or categories (mart.AffinityItem). Pairs in fewer than Snapshot:AffinityMinPairOrders orders are IsSmallSample = 1: shown, never used for an offer.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The report month the statistics are as of (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The item bought (antecedent).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity',
    @level2type = N'COLUMN', @level2name = N'ItemA';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The item bought with it (consequent).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity',
    @level2type = N'COLUMN', @level2name = N'ItemB';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Item A as a number (mart.AffinityItem.ItemKey).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity',
    @level2type = N'COLUMN', @level2name = N'ItemKeyA';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Item B as a number (mart.AffinityItem.ItemKey).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity',
    @level2type = N'COLUMN', @level2name = N'ItemKeyB';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders (baskets with at least one known item) in the window.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity',
    @level2type = N'COLUMN', @level2name = N'Orders';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders in the window with item A.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity',
    @level2type = N'COLUMN', @level2name = N'OrdersWithA';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders in the window with item B.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity',
    @level2type = N'COLUMN', @level2name = N'OrdersWithB';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders in the window with both A and B.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity',
    @level2type = N'COLUMN', @level2name = N'OrdersWithBoth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'OrdersWithBoth / Orders.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity',
    @level2type = N'COLUMN', @level2name = N'Support';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'OrdersWithBoth / OrdersWithA: the share of baskets with A that also had B.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity',
    @level2type = N'COLUMN', @level2name = N'Confidence';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Confidence / (OrdersWithB / Orders): 1 = independent, above 1 = bought together more often than chance.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity',
    @level2type = N'COLUMN', @level2name = N'Lift';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when OrdersWithBoth is below Snapshot:AffinityMinPairOrders: too few orders to act on.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ProductAffinity',
    @level2type = N'COLUMN', @level2name = N'IsSmallSample';
GO
