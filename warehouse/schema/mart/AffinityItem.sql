CREATE VIEW mart.AffinityItem
AS
SELECT
    p.ProductKey,
    CASE WHEN cfg.AffinityLevel = 1 THEN MIN(p.ProductKey) OVER (PARTITION BY p.Category) ELSE p.ProductKey END AS ItemKey,
    CASE WHEN cfg.AffinityLevel = 1 THEN p.Category ELSE p.Sku END AS Item,
    CASE WHEN cfg.AffinityLevel = 1 THEN p.Category ELSE p.ProductName END AS ItemName
FROM dim.Product AS p
CROSS JOIN mart.Config AS cfg
WHERE p.ProductKey <> -1
    AND (cfg.AffinityLevel = 0 OR p.Category IS NOT NULL);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The item each product counts as in product affinity and next best offers: its SKU, or its category when Snapshot:AffinityLevel is Category. The unknown product (-1) and, at category level, a product with no category are left out: they point nowhere, and no category is guessed.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'AffinityItem';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Product (dim.Product).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'AffinityItem',
    @level2type = N'COLUMN', @level2name = N'ProductKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The item as a number, for the set-based work: the product key, or at category level the lowest product key of the category.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'AffinityItem',
    @level2type = N'COLUMN', @level2name = N'ItemKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The item: SKU at product level, category at category level.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'AffinityItem',
    @level2type = N'COLUMN', @level2name = N'Item';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'What the item is called in reasons: product name, or the category.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'AffinityItem',
    @level2type = N'COLUMN', @level2name = N'ItemName';
GO
