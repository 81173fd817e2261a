CREATE TABLE [fact].[SurveyInvitation]
(
    [SurveyInvitationKey] bigint IDENTITY(1, 1) NOT NULL,
    [InvitationId] nvarchar(128) NOT NULL,
    [SurveyId] nvarchar(64) NULL,
    [SentAtUtc] datetime2(3) NOT NULL,
    [DateKey] int NOT NULL,
    [CustomerKey] int NOT NULL,
    [Channel] nvarchar(16) NULL,
    [BatchId] bigint NOT NULL,
    [EmailNormalized] nvarchar(320) MASKED WITH (FUNCTION = 'email()') NULL,
    CONSTRAINT [PK_fact_SurveyInvitation] PRIMARY KEY CLUSTERED ([SurveyInvitationKey]),
    CONSTRAINT [UQ_fact_SurveyInvitation_InvitationId] UNIQUE ([InvitationId]),
    CONSTRAINT [FK_fact_SurveyInvitation_DateKey] FOREIGN KEY ([DateKey]) REFERENCES [dim].[Date] ([DateKey]),
    CONSTRAINT [FK_fact_SurveyInvitation_CustomerKey] FOREIGN KEY ([CustomerKey]) REFERENCES [dim].[Customer] ([CustomerKey])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey invitations (grain: one invitation_id): who was asked to answer which survey when; the denominator of mart.SurveyResponseRate.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyInvitation';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'SurveyInvitationKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Natural key: the survey tool invitation_id.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'InvitationId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey the invitee is asked to answer (degenerate dimension; matched to fact.SurveyResponse.SurveyId).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'SurveyId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the invitation was sent (UTC).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'SentAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Send date in the business time zone (dim.Date).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Invitee by customer_id, loyalty_id or normalised email (dim.Customer), the version valid when sent; -1 = unknown.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'CustomerKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Channel the invitation went out on: email, sms or receipt; NULL when the source does not say.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'Channel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'etl.Batch that last wrote this row (lineage).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trimmed, lower-cased invitee address when the invitation names no customer_id (personal data, masked): matched again when a customer with that address is loaded, and to responses by the same address.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'SurveyInvitation',
    @level2type = N'COLUMN', @level2name = N'EmailNormalized';
GO
