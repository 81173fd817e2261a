CREATE TABLE [fact].[ModelFitParameter]
(
    [ModelFitKey] int NOT NULL,
    [ParameterName] nvarchar(32) NOT NULL,
    [ParameterValue] float NOT NULL,
    CONSTRAINT [PK_fact_ModelFitParameter] PRIMARY KEY CLUSTERED ([ModelFitKey], [ParameterName]),
    CONSTRAINT [FK_fact_ModelFitParameter_ModelFitKey] FOREIGN KEY ([ModelFitKey]) REFERENCES [fact].[ModelFit] ([ModelFitKey])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Parameter values of a model fit (grain: fit x parameter). r, alpha, a, b, p, q, gamma are the values that price the predictions (for a flagged model: kept from the fit''s FallbackModelFitKey, absent when none was valid); rejected_<name> are a flagged model''s own estimates; bgnbd_loglik and gamma_gamma_loglik are the log-likelihoods of this window''s own estimates.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFitParameter';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The fit (fact.ModelFit).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFitParameter',
    @level2type = N'COLUMN', @level2name = N'ModelFitKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Parameter name.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFitParameter',
    @level2type = N'COLUMN', @level2name = N'ParameterName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Fitted value.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFitParameter',
    @level2type = N'COLUMN', @level2name = N'ParameterValue';
GO
