CREATE VIEW mart.CutLevel
AS
SELECT c.CutLevel, c.CutOrder
FROM (VALUES (N'All', 1), (N'Store', 2), (N'Region', 3), (N'Channel', 4), (N'Segment', 5)) AS c (CutLevel, CutOrder);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The cut levels every KPI family view repeats its rows for: All (whole business), Store, Region, Channel, Segment. On a row of level X only the X column holds a value; the other cut columns hold All. A report selects a slice with WHERE CutLevel = ... AND StoreId = ... on plain columns.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Store, Region, Channel or Segment.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CutLevel',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Display order 1-5.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CutLevel',
    @level2type = N'COLUMN', @level2name = N'CutOrder';
GO
