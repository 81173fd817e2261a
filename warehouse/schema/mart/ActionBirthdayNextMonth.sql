CREATE VIEW mart.ActionBirthdayNextMonth
AS
SELECT
    m.YearMonthKey,
    c.CustomerId, c.FirstName, c.LastName, c.Email, c.BirthDate,
    nd.YearMonthKey AS BirthdayMonthKey,
    CAST(SUBSTRING(CAST(c.BirthDate AS varchar(10)), 9, 2) AS int) AS BirthdayDay
FROM mart.Month AS m
INNER JOIN dim.Date AS nd ON nd.DayIndex = m.MonthEndDayIndex + 1
INNER JOIN dim.Customer AS c ON c.ValidFromUtc < nd.FullDate AND c.ValidToUtc >= nd.FullDate
-- MarketingOptIn NULL means unknown (the export did not say): not opted in, so never on an action list.
WHERE c.MarketingOptIn = 1
    AND c.CustomerKey <> -1
    AND c.BirthDate IS NOT NULL
    AND (c.SignupDateKey IS NULL OR c.SignupDateKey <= m.MonthEndDateKey)
    AND SUBSTRING(CAST(c.BirthDate AS varchar(10)), 6, 2) = SUBSTRING(nd.YearMonthLabel, 6, 2);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Action list for the birthday-treat campaign, as of each report month (YearMonthKey): customers opted in to marketing on the version valid at that month''s end, signed up by then, whose birthday falls in the following month; later data never changes a past month''s list. The birth month is read from the ISO text of BirthDate (identical on both engines) because dim.Date does not cover birth years. Personal data: for report recipients whose report definition allows personal data only; on SQL Server the name, email and phone columns are masked (Dynamic Data Masking) for analysts without UNMASK.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionBirthdayNextMonth';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer id.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionBirthdayNextMonth',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionBirthdayNextMonth',
    @level2type = N'COLUMN', @level2name = N'FirstName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionBirthdayNextMonth',
    @level2type = N'COLUMN', @level2name = N'LastName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Email (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionBirthdayNextMonth',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Date of birth (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionBirthdayNextMonth',
    @level2type = N'COLUMN', @level2name = N'BirthDate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The month of the birthday treat (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionBirthdayNextMonth',
    @level2type = N'COLUMN', @level2name = N'BirthdayMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Day of the month of the birthday.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionBirthdayNextMonth',
    @level2type = N'COLUMN', @level2name = N'BirthdayDay';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The report month the list is as of (yyyymm); the birthdays are in the month after it.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionBirthdayNextMonth',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
