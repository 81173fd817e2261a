CREATE VIEW mart.CohortRetention
AS
SELECT
    x.CohortYearMonthKey,
    x.YearMonthKey,
    x.MonthsSinceFirstPurchase,
    x.CutLevel,
    x.StoreId,
    x.Region,
    x.Channel,
    N'All' AS Segment,
    CAST(COUNT(*) AS int) AS CohortSize,
    CAST(SUM(x.Active) AS int) AS ActiveCustomers,
    CAST(CAST(SUM(x.Active) AS decimal(19, 4)) / NULLIF(CAST(COUNT(*) AS decimal(19, 4)), 0) AS decimal(9, 4)) AS RetentionRate
FROM (
    SELECT
        cm.CohortYearMonthKey,
        cm.YearMonthKey,
        m.MonthIndex - cmo.MonthIndex AS MonthsSinceFirstPurchase,
        cut.CutLevel,
        CASE WHEN cut.CutLevel = N'Store' THEN st.StoreId ELSE N'All' END AS StoreId,
        CASE WHEN cut.CutLevel = N'Region' THEN COALESCE(st.Region, N'Unknown') ELSE N'All' END AS Region,
        CASE WHEN cut.CutLevel = N'Channel' THEN st.Channel ELSE N'All' END AS Channel,
        CASE WHEN cm.IsActive = 1 THEN 1 ELSE 0 END AS Active
    FROM fact.CustomerMonth AS cm
    INNER JOIN mart.Month AS m ON m.YearMonthKey = cm.YearMonthKey
    INNER JOIN mart.Month AS cmo ON cmo.YearMonthKey = cm.CohortYearMonthKey
    INNER JOIN dim.Store AS st ON st.StoreKey = cm.FirstPurchaseStoreKey
    CROSS JOIN mart.CutLevel AS cut
    WHERE cm.CohortYearMonthKey IS NOT NULL AND cut.CutLevel <> N'Segment'
) AS x
GROUP BY x.CohortYearMonthKey, x.YearMonthKey, x.MonthsSinceFirstPurchase, x.CutLevel, x.StoreId, x.Region, x.Channel;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Cohort retention: cohort = first-purchase month; cell (c, k) = customers of cohort c active (a purchase) in month c + k / size of c. Cut by CutLevel All, Store, Region or Channel of the first purchase (the acquisition store); Segment is always All because a customer''s segment changes month to month. Every cell up to the latest snapshot month is present, zeros included.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CohortRetention';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Cohort: month of the first purchase (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CohortRetention',
    @level2type = N'COLUMN', @level2name = N'CohortYearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Activity month c + k (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CohortRetention',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'k: months from the cohort month (0 = the cohort month).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CohortRetention',
    @level2type = N'COLUMN', @level2name = N'MonthsSinceFirstPurchase';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Store, Region or Channel.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CohortRetention',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Acquisition store on Store rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CohortRetention',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Acquisition store region on Region rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CohortRetention',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Acquisition store channel on Channel rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CohortRetention',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Always All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CohortRetention',
    @level2type = N'COLUMN', @level2name = N'Segment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers in the cohort (slice).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CohortRetention',
    @level2type = N'COLUMN', @level2name = N'CohortSize';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Cohort customers with a purchase in month c + k.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CohortRetention',
    @level2type = N'COLUMN', @level2name = N'ActiveCustomers';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ActiveCustomers / CohortSize.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'CohortRetention',
    @level2type = N'COLUMN', @level2name = N'RetentionRate';
GO
