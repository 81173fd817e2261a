CREATE TABLE [stage].[SurveyResponse]
(
    [BatchId] bigint NOT NULL,
    [RowNumber] bigint NOT NULL,
    [ResponseId] nvarchar(128) NOT NULL,
    [RecordedAtUtc] datetime2(3) NOT NULL,
    [DateKey] int NOT NULL,
    [SurveyId] nvarchar(64) NULL,
    [CustomerId] nvarchar(64) NULL,
    [Email] nvarchar(320) NULL,
    [EmailNormalized] nvarchar(320) NULL,
    [Touchpoint] nvarchar(16) NULL,
    [Nps] tinyint NULL,
    [Csat] tinyint NULL,
    [Ces] tinyint NULL,
    [Complaint] bit NULL,
    [ComplaintCategory] nvarchar(100) NULL,
    [ResolvedAtUtc] datetime2(3) NULL,
    [ResolvedDateKey] int NULL,
    [Comment] nvarchar(max) NULL,
    [LoyaltyId] nvarchar(64) NULL,
    [InferredCustomerId] nvarchar(64) NULL,
    CONSTRAINT [PK_stage_SurveyResponse] PRIMARY KEY CLUSTERED ([BatchId], [RowNumber])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Staged canonical survey/responses rows. Rows are bulk loaded here per batch, then applied to dim/fact in one transaction.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch the row belongs to (etl.Batch).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1-based data row number within the source file (for rejects and lineage).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'RowNumber';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'response_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'ResponseId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'recorded_at (UTC).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'RecordedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'recorded_at local date (yyyymmdd).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'survey_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'SurveyId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'customer_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'email.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'email trimmed and lower-cased.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'EmailNormalized';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'touchpoint.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'Touchpoint';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'nps.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'Nps';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'csat.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'Csat';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ces.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'Ces';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'complaint.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'Complaint';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'complaint_category.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'ComplaintCategory';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'resolved_at (UTC).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'ResolvedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'resolved_at local date (yyyymmdd).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'ResolvedDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'comment.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'Comment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'loyalty_id: resolves the respondent through dim.Customer.LoyaltyId when customer_id is blank (the load fills CustomerId).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'LoyaltyId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The id an inferred customer gets when loyalty_id matches no customer yet (loyalty:<id>); adopted by the master record that carries the same loyalty id. Responses named by email only are matched when the address arrives instead.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'InferredCustomerId';
GO
