CREATE VIEW mart.ActionDetractorFollowUp
AS
SELECT
    m.YearMonthKey,
    c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone,
    r.ResponseId,
    r.DateKey AS ResponseDateKey,
    r.RecordedAtUtc,
    r.Nps,
    t.TouchpointCode AS Touchpoint,
    r.IsComplaint,
    r.Comment,
    m.MonthEndDateKey AS AsOfDateKey,
    m.MonthEndDayIndex - d.DayIndex AS DaysAgo
FROM fact.SurveyResponse AS r
INNER JOIN dim.Date AS d ON d.DateKey = r.DateKey
INNER JOIN dim.Customer AS c ON c.CustomerKey = r.CustomerKey
INNER JOIN dim.Touchpoint AS t ON t.TouchpointKey = r.TouchpointKey
CROSS JOIN mart.Config AS cfg
INNER JOIN mart.Month AS m
    ON d.DayIndex <= m.MonthEndDayIndex AND d.DayIndex > m.MonthEndDayIndex - cfg.DetractorFollowUpDays
WHERE r.Nps <= 6
    AND r.CustomerKey <> -1
    AND (r.ResolvedDateKey IS NULL OR r.ResolvedDateKey > m.MonthEndDateKey);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Action list as of each report month (YearMonthKey): detractors (NPS 0-6) who answered in the DetractorFollowUpDays up to that month''s end and had no follow-up by then (not resolved, or resolved only after the month end), one row per response; sort by DaysAgo. Later data never changes a past month''s list. Identified customers only. Personal data: for report recipients whose report definition allows personal data only; on SQL Server the name, email and phone columns are masked (Dynamic Data Masking) for analysts without UNMASK.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer id.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'FirstName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'LastName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Email (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Phone (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'Phone';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey response id.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'ResponseId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Response date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'ResponseDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the answer was recorded (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'RecordedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'NPS answer 0-6.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'Nps';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey touchpoint.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'Touchpoint';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the response is also a complaint.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'IsComplaint';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Free-text comment (untrusted text, personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'Comment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days from the response to the end of the report month (AsOfDateKey).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'DaysAgo';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The report month the list is as of (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The months last day, the date the list is as of.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'AsOfDateKey';
GO
