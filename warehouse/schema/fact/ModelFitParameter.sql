CREATE TABLE [fact].[ModelFitParameter]
(
    [ModelFitKey] int NOT NULL,
    [ParameterName] nvarchar(32) NOT NULL,
    [ParameterValue] float NOT NULL,
    CONSTRAINT [PK_fact_ModelFitParameter] PRIMARY KEY CLUSTERED ([ModelFitKey], [ParameterName]),
    CONSTRAINT [FK_fact_ModelFitParameter_ModelFitKey] FOREIGN KEY ([ModelFitKey]) REFERENCES [fact].[ModelFit] ([ModelFitKey])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Fitted parameter values of a model fit (grain: fit x parameter, e.g. r, alpha, a, b, p, q, gamma).',
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
