CREATE VIEW mart.ActionNextBestOffer
AS
WITH Offers AS (
    -- One pass over the offers (conditional aggregation, not a self-join): the best offer's columns and the count.
    SELECT
        o.YearMonthKey, o.CustomerId,
        COUNT(*) AS Offers,
        MAX(CASE WHEN o.OfferRank = 1 THEN o.OfferItem END) AS OfferItem,
        MAX(CASE WHEN o.OfferRank = 1 THEN o.OfferName END) AS OfferName,
        MAX(CASE WHEN o.OfferRank = 1 THEN o.BecauseItem END) AS BecauseItem,
        MAX(CASE WHEN o.OfferRank = 1 THEN o.BecauseName END) AS BecauseName,
        MAX(CASE WHEN o.OfferRank = 1 THEN o.Confidence END) AS Confidence,
        MAX(CASE WHEN o.OfferRank = 1 THEN o.Lift END) AS Lift,
        MAX(CASE WHEN o.OfferRank = 1 THEN o.BecauseOrders END) AS BecauseOrders,
        MAX(CASE WHEN o.OfferRank = 1 THEN o.OrdersWithBoth END) AS OrdersWithBoth,
        MAX(o.WindowMonths) AS WindowMonths,
        MAX(CASE WHEN o.OfferRank = 2 THEN o.OfferName END) AS SecondOfferName,
        MAX(CASE WHEN o.OfferRank = 3 THEN o.OfferName END) AS ThirdOfferName
    FROM mart.NextBestOffer AS o
    GROUP BY o.YearMonthKey, o.CustomerId
)
SELECT
    o.YearMonthKey,
    c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone,
    o.OfferItem, o.OfferName, o.BecauseItem, o.BecauseName, o.Confidence, o.Lift, o.BecauseOrders, o.OrdersWithBoth, o.WindowMonths,
    CAST(o.Offers AS int) AS Offers,
    o.SecondOfferName,
    o.ThirdOfferName,
    cm.LastPurchaseDateKey,
    cm.MonthEndDateKey AS AsOfDateKey
FROM Offers AS o
INNER JOIN fact.CustomerMonth AS cm ON cm.CustomerId = o.CustomerId AND cm.YearMonthKey = o.YearMonthKey
INNER JOIN dim.Customer AS c ON c.CustomerKey = cm.CustomerKey;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Action list as of each report month (YearMonthKey): customers with a next best offer (mart.NextBestOffer), one row each: the best offer with its reason, how many offers there are and the names of the second and third. Customers in the month''s snapshot (fact.CustomerMonth) only. Personal data: for report recipients whose report definition allows personal data only; on SQL Server the name, email and phone columns are masked (Dynamic Data Masking) for analysts without UNMASK.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The report month the list is as of (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer id.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'FirstName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'LastName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Email (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Phone (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'Phone';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The best offer: SKU, or category at category level.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'OfferItem';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'What the best offer is called.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'OfferName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The item the customer bought that points to the best offer.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'BecauseItem';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'What that item is called.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'BecauseName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Share of the window''s orders with BecauseItem that also had OfferItem.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'Confidence';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Confidence divided by the share of all orders with OfferItem.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'Lift';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders in the window with BecauseItem.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'BecauseOrders';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Orders in the window with both items.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'OrdersWithBoth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Months in the trailing window (Snapshot:AffinityWindowMonths).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'WindowMonths';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Offers the customer has this month (at most Snapshot:OffersPerCustomer).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'Offers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The second offer, if any.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'SecondOfferName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The third offer, if any.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'ThirdOfferName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Date of the latest purchase up to the month end.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'LastPurchaseDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The month''s last day, the date the list is as of.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionNextBestOffer',
    @level2type = N'COLUMN', @level2name = N'AsOfDateKey';
GO
