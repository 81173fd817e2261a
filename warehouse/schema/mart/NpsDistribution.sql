CREATE VIEW mart.NpsDistribution
AS
SELECT
    x.YearMonthKey, x.CutLevel, x.StoreId, x.Region, x.Channel, x.Segment, x.Score,
    CAST(COUNT(*) AS int) AS Answers
FROM (
    SELECT
        d.YearMonthKey,
        cut.CutLevel,
        'All' AS StoreId,
        CASE WHEN cut.CutLevel = 'Region' THEN (CASE WHEN r.CustomerKey = -1 THEN 'Unknown' ELSE COALESCE(c.Region, 'Unknown') END) ELSE 'All' END AS Region,
        CASE WHEN cut.CutLevel = 'Channel' THEN t.TouchpointCode ELSE 'All' END AS Channel,
        CASE WHEN cut.CutLevel = 'Segment' THEN (CASE WHEN r.CustomerKey = -1 THEN 'Unidentified' ELSE COALESCE(cm.RfmSegment, 'Unscored') END) ELSE 'All' END AS Segment,
        CAST(r.Nps AS int) AS Score
    FROM fact.SurveyResponse AS r
    INNER JOIN dim.Date AS d ON d.DateKey = r.DateKey
    INNER JOIN dim.Customer AS c ON c.CustomerKey = r.CustomerKey
    INNER JOIN dim.Touchpoint AS t ON t.TouchpointKey = r.TouchpointKey
    LEFT JOIN fact.CustomerMonth AS cm ON cm.CustomerId = c.CustomerId AND cm.YearMonthKey = d.YearMonthKey
    CROSS JOIN mart.CutLevel AS cut
    WHERE r.Nps IS NOT NULL AND r.Nps BETWEEN 0 AND 10 AND cut.CutLevel <> 'Store'
) AS x
GROUP BY x.YearMonthKey, x.CutLevel, x.StoreId, x.Region, x.Channel, x.Segment, x.Score;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Answers to the recommend question (0-10) by month of the response, score and cut, the same cuts as mart.Satisfaction (All, Region of the customer, Channel = survey touchpoint, Segment; StoreId always All because surveys carry no store). A score nobody gave has no row. Summing Answers over scores 9-10 and 0-6 reproduces the Promoters and Detractors of mart.Satisfaction.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NpsDistribution';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month yyyymm of the response.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NpsDistribution',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'All, Region, Channel or Segment.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NpsDistribution',
    @level2type = N'COLUMN', @level2name = N'CutLevel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Always All.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'NpsDistribution',
    @level2type = N'COLUMN', @level2name = N'StoreId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer region on Region rows (Unknown when unidentified), else All.',
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
