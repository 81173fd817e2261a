CREATE TABLE [fact].[ModelFit]
(
    [ModelFitKey] int IDENTITY(1, 1) NOT NULL,
    [ModelName] nvarchar(32) NOT NULL,
    [FitAtUtc] datetime2(3) NOT NULL,
    [FitDateKey] int NOT NULL,
    [CalibrationStartDateKey] int NOT NULL,
    [CalibrationEndDateKey] int NOT NULL,
    [CustomerCount] int NOT NULL,
    [LogLikelihood] float NULL,
    [Converged] bit NOT NULL,
    CONSTRAINT [PK_fact_ModelFit] PRIMARY KEY CLUSTERED ([ModelFitKey]),
    CONSTRAINT [FK_fact_ModelFit_FitDateKey] FOREIGN KEY ([FitDateKey]) REFERENCES [dim].[Date] ([DateKey])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Analytics model fits (grain: one fit of one model, e.g. BG/NBD or Gamma-Gamma, on one calibration window).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit',
    @level2type = N'COLUMN', @level2name = N'ModelFitKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Model: BG/NBD, Gamma-Gamma, ...',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit',
    @level2type = N'COLUMN', @level2name = N'ModelName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the fit ran (UTC).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit',
    @level2type = N'COLUMN', @level2name = N'FitAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Fit date in the business time zone (dim.Date).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit',
    @level2type = N'COLUMN', @level2name = N'FitDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First day of the calibration window.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit',
    @level2type = N'COLUMN', @level2name = N'CalibrationStartDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last day of the calibration window.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit',
    @level2type = N'COLUMN', @level2name = N'CalibrationEndDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customers in the fit.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit',
    @level2type = N'COLUMN', @level2name = N'CustomerCount';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Log-likelihood at the optimum.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit',
    @level2type = N'COLUMN', @level2name = N'LogLikelihood';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the optimiser converged.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit',
    @level2type = N'COLUMN', @level2name = N'Converged';
GO
