CREATE VIEW mart.NpsDistribution
AS
SELECT
    x.YearMonthKey, x.CutLevel, x.StoreId, x.Region, x.Channel, x.Segment, x.Score,
    CAST(COUNT(*) AS int) AS Answers
FROM (
    SELECT
        d.YearMonthKey,
        cut.CutLevel,
        CASE WHEN cut.CutLevel = 'Store' THEN (CASE WHEN st.StoreKey IS NULL THEN 'None' ELSE st.StoreId END) ELSE 'All' END AS StoreId,
        CASE WHEN cut.CutLevel = 'Region' THEN (CASE WHEN st.StoreKey IS NULL THEN 'None' ELSE COALESCE(st.Region, 'Unknown') END) ELSE 'All' END AS Region,
        CASE WHEN cut.CutLevel = 'Channel' THEN t.TouchpointCode ELSE 'All' END AS Channel,
        CASE WHEN cut.CutLevel = 'Segment' THEN (CASE WHEN r.CustomerKey = -1 THEN 'Unidentified' ELSE COALESCE(cm.RfmSegment, 'Unscored') END) ELSE 'All' END AS Segment,
        CAST(r.Nps AS int) AS Score
    FROM fact.SurveyResponse AS r
    INNER JOIN dim.Date AS d ON d.DateKey = r.DateKey
    INNER JOIN dim.Customer AS c ON c.CustomerKey = r.CustomerKey
    INNER JOIN dim.Touchpoint AS t ON t.TouchpointKey = r.TouchpointKey
    -- The unknown member (key -1) maps to NULL, which matches nothing: a plain equi-join. With 'AND <alias>.CustomerKey <> -1'
    -- in the ON clause DuckDB ran this LEFT JOIN as a nested loop (mart.Engagement on 20,000 customers: 19.3 s, now 0.13 s).
    LEFT JOIN fact.CustomerMonth AS cm ON cm.CustomerId = CASE WHEN r.CustomerKey <> -1 THEN c.CustomerId END AND cm.YearMonthKey = d.YearMonthKey
    LEFT JOIN dim.Store AS st ON st.StoreKey = cm.LastPurchaseStoreKey
    CROSS JOIN mart.CutLevel AS cut
    WHERE r.Nps IS NOT NULL AND r.Nps BETWEEN 0 AND 10
) AS x
GROUP BY x.YearMonthKey, x.CutLevel, x.StoreId, x.Region, x.Channel, x.Segment, x.Score;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Answers to the recommend question (0-10) by month of the response, score and cut, the same cuts and attribution as mart.Satisfaction (All; Store = the respondent''s home store, the store of the latest purchase as of the end of the response month, None when unidentified or no purchase yet; Region = that store''s region; Channel = survey touchpoint; Segment). A score nobody gave has no row. Summing Answers over scores 9-10 and 0-6 reproduces the Promoters and Detractors of mart.Satisfaction.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NpsDistribution';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm of the response.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NpsDistribution',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Store, Region, Channel or Segment.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NpsDistribution',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Home store on Store rows (None = unidentified or no purchase yet), else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NpsDistribution',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Region of the home store on Region rows (None without a store), else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NpsDistribution',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey touchpoint on Channel rows, else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NpsDistribution',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'RFM segment that month on Segment rows (Unidentified / Unscored), else All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NpsDistribution',
    @level2type = N'COLUMN', @level2name = N'Segment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The answer 0-10.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NpsDistribution',
    @level2type = N'COLUMN', @level2name = N'Score';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Valid answers with this score.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NpsDistribution',
    @level2type = N'COLUMN', @level2name = N'Answers';
GO
