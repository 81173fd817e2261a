CREATE VIEW mart.NextBestOffer
AS
-- The offers the snapshot derive materialised (fact.NextBestOffer): the logic in etl.NextBestOfferSource is too slow to
-- recompute on every read at scale (212 s per read at 1 M customers).
SELECT
    o.YearMonthKey,
    o.CustomerId,
    o.OfferRank,
    o.OfferItem,
    o.OfferName,
    o.BecauseItem,
    o.BecauseName,
    o.Confidence,
    o.Lift,
    o.BecauseOrders,
    o.OrdersWithBoth,
    o.WindowMonths
FROM fact.NextBestOffer AS o;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Next best offers as of each report month (YearMonthKey), one row per identified customer and offer, as the snapshot derive materialised them (fact.NextBestOffer, logic in etl.NextBestOfferSource): only the latest Snapshot:OfferMonths months a derive rebuilt have rows; any other month has none (never offers of an older derive). Each item (product or category, mart.AffinityItem) the customer bought and kept (net of returns) in the trailing window (mart.AffinityWindow) points to its Snapshot:AffinityPartnersPerItem strongest partners in mart.ProductAffinity that month (confidence, then lift; only pairs with lift above 1 that are not small-sample); items the customer ever bought up to the month end are never offered; an item pointed to from several bought items keeps its strongest reason. The Snapshot:OffersPerCustomer best by confidence, then lift, then item, are listed. No personal data (mart.ActionNextBestOffer is the contact list).',
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
