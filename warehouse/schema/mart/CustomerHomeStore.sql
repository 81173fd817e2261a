CREATE VIEW mart.CustomerHomeStore
AS
SELECT
    cm.CustomerId,
    st.StoreId,
    COALESCE(st.Region, 'Unknown') AS Region,
    st.Channel,
    cm.YearMonthKey
FROM fact.CustomerMonth AS cm
INNER JOIN dim.Store AS st ON st.StoreKey = cm.LastPurchaseStoreKey;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Each customer''s home store per snapshot month (YearMonthKey): the store of the latest purchase up to that month''s end (fact.CustomerMonth.LastPurchaseStoreKey), the store whose customer base the customer belongs to in mart.Loyalty. Reports use it to cut the action lists of a report month by store and region. Customers who never bought have no row.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CustomerHomeStore';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer business key.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CustomerHomeStore',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Home store.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CustomerHomeStore',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Its region (Unknown when missing).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CustomerHomeStore',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Its channel.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CustomerHomeStore',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The snapshot month (yyyymm) the home store is as of.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CustomerHomeStore',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
