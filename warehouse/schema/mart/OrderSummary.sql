CREATE VIEW mart.OrderSummary
AS
SELECT
    o.OrderId,
    o.DateKey,
    o.OrderedAtUtc,
    d.YearMonthKey,
    d.DayIndex,
    CASE WHEN c.CustomerKey = -1 THEN NULL ELSE c.CustomerId END AS CustomerId,
    s.StoreKey,
    s.StoreId,
    COALESCE(s.Region, 'Unknown') AS Region,
    s.Channel,
    o.Units,
    o.NetRevenue,
    o.Margin,
    o.PointsEarned,
    o.PointsRedeemed,
    CASE WHEN o.Units > 0 THEN 1 ELSE 0 END AS IsPurchase
FROM (
    SELECT
        sl.OrderId,
        MIN(sl.DateKey) AS DateKey,
        MIN(sl.OrderedAtUtc) AS OrderedAtUtc,
        MIN(sl.CustomerKey) AS CustomerKey,
        MIN(sl.StoreKey) AS StoreKey,
        CAST(SUM(sl.Quantity) AS int) AS Units,
        CAST(SUM(sl.Quantity * sl.UnitPrice - sl.DiscountAmount) AS decimal(19, 4)) AS NetRevenue,
        -- Unknown is NULL: an order with any line whose cost is known neither on the line nor on the product has no margin
        -- (treating the cost as 0 made the margin equal the revenue).
        CAST(CASE WHEN COUNT(COALESCE(sl.UnitCost, p.UnitCost)) = COUNT(*)
            THEN SUM(sl.Quantity * sl.UnitPrice - sl.DiscountAmount - sl.Quantity * COALESCE(sl.UnitCost, p.UnitCost)) END AS decimal(19, 4)) AS Margin,
        CAST(SUM(sl.PointsEarned) AS int) AS PointsEarned,
        CAST(SUM(sl.PointsRedeemed) AS int) AS PointsRedeemed
    FROM fact.SalesLine AS sl
    INNER JOIN dim.Product AS p ON p.ProductKey = sl.ProductKey
    GROUP BY sl.OrderId
) AS o
INNER JOIN dim.Date AS d ON d.DateKey = o.DateKey
INNER JOIN dim.Customer AS c ON c.CustomerKey = o.CustomerKey
INNER JOIN dim.Store AS s ON s.StoreKey = o.StoreKey;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'One row per order: the basis of every sales KPI. An order is a purchase when its net quantity is > 0 (a return-only order has negative quantity and is not a purchase but its negative revenue is netted). Net revenue = sum of quantity x unit price - discount (tax excluded); margin = net revenue - sum of quantity x unit cost at time of sale (the product cost when the line has none, 0 when neither is known).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Order id from the POS.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'OrderId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Order date in the business time zone.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the order was placed (UTC; its earliest line).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'OrderedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Order month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'DayIndex of the order date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'DayIndex';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Durable customer id; NULL for anonymous orders.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'StoreKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store id.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store region (Unknown when not supplied).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store channel (store, online, unknown).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net units.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'Units';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Net revenue.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'NetRevenue';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Gross margin: net revenue - quantity x unit cost (the line''s, else the product''s); NULL when any line''s cost is unknown.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'Margin';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty points earned.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'PointsEarned';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty points redeemed.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'PointsRedeemed';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when net quantity > 0.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'OrderSummary',
    @level2type = N'COLUMN', @level2name = N'IsPurchase';
GO
