CREATE TABLE [stage].[SurveyInvitation]
(
    [BatchId] bigint NOT NULL,
    [RowNumber] bigint NOT NULL,
    [InvitationId] nvarchar(128) NOT NULL,
    [SentAtUtc] datetime2(3) NOT NULL,
    [DateKey] int NOT NULL,
    [SurveyId] nvarchar(64) NULL,
    [CustomerId] nvarchar(64) NULL,
    [LoyaltyId] nvarchar(64) NULL,
    [Email] nvarchar(320) NULL,
    [EmailNormalized] nvarchar(320) NULL,
    [Channel] nvarchar(16) NULL,
    [InferredCustomerId] nvarchar(64) NULL,
    CONSTRAINT [PK_stage_SurveyInvitation] PRIMARY KEY CLUSTERED ([BatchId], [RowNumber])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Staged canonical survey/invitations rows. Rows are bulk loaded here per batch, then applied to dim/fact in one transaction.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyInvitation';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch the row belongs to (etl.Batch).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1-based data row number within the source file (for rejects and lineage).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'RowNumber';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'invitation_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'InvitationId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'sent_at (UTC).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'SentAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'sent_at local date (yyyymmdd).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'survey_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'SurveyId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'customer_id (filled by the load from loyalty_id or email when blank and a customer carries them).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'loyalty_id: resolves the invitee through dim.Customer.LoyaltyId when customer_id is blank.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'LoyaltyId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'email.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'email trimmed and lower-cased.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'EmailNormalized';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'channel: email, sms or receipt.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The id an inferred customer gets when loyalty_id matches no customer yet (loyalty:<id>); adopted by the master record that carries the same loyalty id. Invitations named by email only are matched when the address arrives instead.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'InferredCustomerId';
GO
