CREATE VIEW mart.StoreDirectory
AS
SELECT
    st.StoreId,
    st.StoreName,
    st.Channel,
    COALESCE(st.Region, 'Unknown') AS Region
FROM dim.Store AS st
WHERE st.StoreKey > 0;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The stores as the KPI views name them: id, name, channel and region (Unknown when the source gives none, as on the views'' Region rows). Reports use it to list the stores of a region.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'StoreDirectory';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store business key.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'StoreDirectory',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Store name.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'StoreDirectory',
    @level2type = N'COLUMN', @level2name = N'StoreName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'store, online or unknown.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'StoreDirectory',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Region, Unknown when missing.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'StoreDirectory',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
