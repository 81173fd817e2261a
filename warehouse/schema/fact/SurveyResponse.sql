CREATE TABLE [fact].[SurveyResponse]
(
    [SurveyResponseKey] bigint IDENTITY(1, 1) NOT NULL,
    [ResponseId] nvarchar(128) NOT NULL,
    [SurveyId] nvarchar(64) NULL,
    [RecordedAtUtc] datetime2(3) NOT NULL,
    [DateKey] int NOT NULL,
    [CustomerKey] int NOT NULL,
    [TouchpointKey] int NOT NULL,
    [Nps] tinyint NULL,
    [Csat] tinyint NULL,
    [Ces] tinyint NULL,
    [IsComplaint] bit NOT NULL CONSTRAINT [DF_fact_SurveyResponse_IsComplaint] DEFAULT (0),
    [ComplaintCategory] nvarchar(100) NULL,
    [ResolvedAtUtc] datetime2(3) NULL,
    [ResolvedDateKey] int NULL,
    [ResolutionHours] decimal(12, 2) NULL,
    [Comment] nvarchar(max) MASKED WITH (FUNCTION = 'default()') NULL,
    [BatchId] bigint NOT NULL,
    [EmailNormalized] nvarchar(320) MASKED WITH (FUNCTION = 'email()') NULL,
    CONSTRAINT [PK_fact_SurveyResponse] PRIMARY KEY CLUSTERED ([SurveyResponseKey]),
    CONSTRAINT [UQ_fact_SurveyResponse_ResponseId] UNIQUE ([ResponseId]),
    CONSTRAINT [CK_fact_SurveyResponse_Nps] CHECK ([Nps] IS NULL OR [Nps] BETWEEN 0 AND 10),
    CONSTRAINT [CK_fact_SurveyResponse_Csat] CHECK ([Csat] IS NULL OR [Csat] BETWEEN 1 AND 5),
    CONSTRAINT [CK_fact_SurveyResponse_Ces] CHECK ([Ces] IS NULL OR [Ces] BETWEEN 1 AND 7),
    CONSTRAINT [FK_fact_SurveyResponse_DateKey] FOREIGN KEY ([DateKey]) REFERENCES [dim].[Date] ([DateKey]),
    CONSTRAINT [FK_fact_SurveyResponse_CustomerKey] FOREIGN KEY ([CustomerKey]) REFERENCES [dim].[Customer] ([CustomerKey]),
    CONSTRAINT [FK_fact_SurveyResponse_TouchpointKey] FOREIGN KEY ([TouchpointKey]) REFERENCES [dim].[Touchpoint] ([TouchpointKey])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey responses (grain: one response_id): NPS, CSAT, CES scores and complaints with their resolution.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'SurveyResponseKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key: the survey tool response_id.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'ResponseId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey identifier (degenerate dimension).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'SurveyId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the response was recorded (UTC).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'RecordedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Response date in the business time zone (dim.Date).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer by customer_id or normalised email (dim.Customer); -1 = unknown.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'CustomerKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Touchpoint (dim.Touchpoint); -1 = unknown.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'TouchpointKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Likelihood to recommend 0-10; NULL when not answered.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'Nps';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Satisfaction 1-5; NULL when not answered.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'Csat';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer effort 1-7 (7 = easiest); NULL when not answered.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'Ces';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the response is a complaint.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'IsComplaint';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Complaint category.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'ComplaintCategory';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the complaint was resolved (UTC); NULL while open.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'ResolvedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Resolution date in the business time zone; NULL while open.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'ResolvedDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Hours from RecordedAtUtc to ResolvedAtUtc; NULL while open.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'ResolutionHours';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Free-text comment (untrusted text that may hold personal data; masked).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'Comment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'etl.Batch that last wrote this row (lineage).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trimmed, lower-cased respondent address when the response names no customer_id (personal data, masked): matched again when a customer with that address is loaded.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyResponse',
    @level2type = N'COLUMN', @level2name = N'EmailNormalized';
GO
