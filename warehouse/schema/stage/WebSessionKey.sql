CREATE TABLE [stage].[WebSessionKey]
(
    [BatchId] bigint NOT NULL,
    [UserPseudoId] nvarchar(128) NOT NULL,
    [GaSessionId] bigint NOT NULL,
    CONSTRAINT [PK_stage_WebSessionKey] PRIMARY KEY CLUSTERED ([BatchId], [UserPseudoId], [GaSessionId])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Sessions a web/events batch touches (new, late or replaced events); their fact.WebSession rows are rebuilt from fact.WebEvent in the batch transaction.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebSessionKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch whose load rebuilds these sessions (etl.Batch).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebSessionKey',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'user_pseudo_id of an affected session.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebSessionKey',
    @level2type = N'COLUMN', @level2name = N'UserPseudoId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ga_session_id of an affected session.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'WebSessionKey',
    @level2type = N'COLUMN', @level2name = N'GaSessionId';
GO
