CREATE TABLE [stage].[CustomerMonthScore]
(
    [YearMonthKey] int NOT NULL,
    [CustomerId] nvarchar(64) NOT NULL,
    [ScoreKind] nvarchar(8) NOT NULL,
    [RScore] tinyint NULL,
    [FScore] tinyint NULL,
    [MScore] tinyint NULL,
    [RfmSegment] nvarchar(32) NULL,
    [RelationshipStage] nvarchar(16) NULL,
    [PredictedClv12m] decimal(19, 4) NULL,
    [ExpectedPurchases12m] decimal(12, 6) NULL,
    [ProbabilityAlive] decimal(9, 6) NULL,
    [EngagementScore] decimal(5, 2) NULL,
    [ModelFitKey] int NULL,
    CONSTRAINT [PK_stage_CustomerMonthScore] PRIMARY KEY CLUSTERED ([YearMonthKey], [CustomerId], [ScoreKind])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scratch table of the derive step: model outputs per customer and month (RFM rows and CLV/stage/engagement rows arrive separately and are merged when the snapshot is written). Bulk loaded through the engine; emptied at the start of every derive run.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Snapshot month yyyymm.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Durable customer id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'rfm for RFM rows, model for the CLV, P(alive), stage and engagement row.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore',
    @level2type = N'COLUMN', @level2name = N'ScoreKind';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Recency score 1-5.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore',
    @level2type = N'COLUMN', @level2name = N'RScore';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Frequency score 1-5.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore',
    @level2type = N'COLUMN', @level2name = N'FScore';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Monetary score 1-5.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore',
    @level2type = N'COLUMN', @level2name = N'MScore';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Segment from the R x F map.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore',
    @level2type = N'COLUMN', @level2name = N'RfmSegment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Relationship stage name.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore',
    @level2type = N'COLUMN', @level2name = N'RelationshipStage';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Predictive 12-month CLV.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore',
    @level2type = N'COLUMN', @level2name = N'PredictedClv12m';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Expected purchases in 12 months.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore',
    @level2type = N'COLUMN', @level2name = N'ExpectedPurchases12m';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'BG/NBD P(alive).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore',
    @level2type = N'COLUMN', @level2name = N'ProbabilityAlive';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Engagement score 0-100.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore',
    @level2type = N'COLUMN', @level2name = N'EngagementScore';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Model fit used (fact.ModelFit).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerMonthScore',
    @level2type = N'COLUMN', @level2name = N'ModelFitKey';
GO
