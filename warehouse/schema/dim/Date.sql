CREATE TABLE [dim].[Date]
(
    [DateKey] int NOT NULL,
    [FullDate] date NOT NULL,
    [CalendarYear] smallint NOT NULL,
    [CalendarQuarter] tinyint NOT NULL,
    [CalendarMonth] tinyint NOT NULL,
    [MonthName] varchar(9) NOT NULL,
    [MonthShortName] char(3) NOT NULL,
    [YearMonthKey] int NOT NULL,
    [YearMonthLabel] char(7) NOT NULL,
    [YearQuarterKey] int NOT NULL,
    [MonthStartDate] date NOT NULL,
    [MonthEndDate] date NOT NULL,
    [MonthStartDateKey] int NOT NULL,
    [MonthEndDateKey] int NOT NULL,
    [DaysInMonth] tinyint NOT NULL,
    [MonthIndex] int NOT NULL,
    [QuarterIndex] int NOT NULL,
    [DayIndex] int NOT NULL,
    [DayOfMonth] tinyint NOT NULL,
    [DayOfYear] smallint NOT NULL,
    [DayOfWeek] tinyint NOT NULL,
    [DayName] varchar(9) NOT NULL,
    [IsoWeek] tinyint NOT NULL,
    [IsoYear] smallint NOT NULL,
    [IsoWeekKey] int NOT NULL,
    [IsWeekend] bit NOT NULL,
    [IsBusinessDay] bit NOT NULL,
    [IsMonthEnd] bit NOT NULL,
    CONSTRAINT [PK_dim_Date] PRIMARY KEY CLUSTERED ([DateKey]),
    CONSTRAINT [UQ_dim_Date_FullDate] UNIQUE ([FullDate])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Calendar date dimension, one contiguous range of days: 2015-01-01..2035-12-31 seeded by the post-deployment script and by warehouse init, extended by each load (inside its transaction, via stage.DateDimension) to cover the dates of its batch from 1900 to 2199. Carries every calendar attribute marts need, so mart SQL never calls engine date functions.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key yyyymmdd (e.g. 20250301).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The calendar date.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'FullDate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Calendar year (e.g. 2025).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'CalendarYear';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Calendar quarter 1-4.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'CalendarQuarter';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Calendar month 1-12.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'CalendarMonth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'English month name (January..December).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'MonthName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'English three-letter month name (Jan..Dec).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'MonthShortName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month key yyyymm (e.g. 202503): the key of monthly periods and snapshots.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month label yyyy-MM (e.g. 2025-03).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'YearMonthLabel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quarter key yyyyq (e.g. 20251).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'YearQuarterKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First day of the month.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'MonthStartDate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last day of the month.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'MonthEndDate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'DateKey of the first day of the month.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'MonthStartDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'DateKey of the last day of the month.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'MonthEndDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Number of days in the month (28-31).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'DaysInMonth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Months since year 0: CalendarYear * 12 + CalendarMonth - 1. Cohort arithmetic (month c+k) without date functions.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'MonthIndex';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quarters since year 0: CalendarYear * 4 + CalendarQuarter - 1.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'QuarterIndex';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days since 1970-01-01 (0 = 1970-01-01). Day differences (recency, lapse days) without date functions.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'DayIndex';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Day of the month 1-31.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'DayOfMonth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Day of the year 1-366.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'DayOfYear';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ISO day of week: 1 = Monday .. 7 = Sunday.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'DayOfWeek';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'English day name (Monday..Sunday).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'DayName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ISO 8601 week number 1-53.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'IsoWeek';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ISO 8601 week-numbering year (differs from CalendarYear around New Year).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'IsoYear';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'ISO week key yyyyww from IsoYear and IsoWeek (e.g. 202509).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'IsoWeekKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 on Saturday and Sunday.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'IsWeekend';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 on Monday to Friday (public holidays are not modelled).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'IsBusinessDay';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 on the last day of the month.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Date',
    @level2type = N'COLUMN', @level2name = N'IsMonthEnd';
GO
