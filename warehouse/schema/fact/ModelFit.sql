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
    [FitStatus] nvarchar(16) NULL,
    [FitNote] nvarchar(2000) NULL,
    [FallbackModelFitKey] int NULL,
    CONSTRAINT [PK_fact_ModelFit] PRIMARY KEY CLUSTERED ([ModelFitKey]),
    CONSTRAINT [FK_fact_ModelFit_FitDateKey] FOREIGN KEY ([FitDateKey]) REFERENCES [dim].[Date] ([DateKey]),
    CONSTRAINT [FK_fact_ModelFit_FallbackModelFitKey] FOREIGN KEY ([FallbackModelFitKey]) REFERENCES [fact].[ModelFit] ([ModelFitKey])
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
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when both models reached an interior finite maximum on this window (gradient ~ 0, value settled, no parameter run to 0 or infinity, Gamma-Gamma q > 1).',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit',
    @level2type = N'COLUMN', @level2name = N'Converged';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Fitted: both models are this window''s own usable fits (valid maxima, or BG/NBD at its no-dropout limit, said in FitNote). Fallback: a model was flagged (see FitNote) and its parameters are kept from the earlier fit FallbackModelFitKey. Incomplete: a flagged model had no earlier valid fit to keep, so its predictions stay NULL (no BG/NBD: no P(alive) or CLV; no Gamma-Gamma: no CLV). NULL on fits stored before fits were judged.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit',
    @level2type = N'COLUMN', @level2name = N'FitStatus';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Why a model of this window was flagged (parameter run to 0 or infinity, q <= 1, not converged, too few repeat buyers, ...) and what was kept instead, or which usable limit a model reached; NULL when both are interior maxima.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit',
    @level2type = N'COLUMN', @level2name = N'FitNote';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The earlier fit (fact.ModelFit) whose parameters this fit keeps for its flagged model(s); NULL when nothing was kept.',
    @level0type = N'SCHEMA', @level0name = N'fact', @level1type = N'TABLE', @level1name = N'ModelFit',
    @level2type = N'COLUMN', @level2name = N'FallbackModelFitKey';
GO
