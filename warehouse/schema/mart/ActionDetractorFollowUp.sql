CREATE VIEW mart.ActionDetractorFollowUp
AS
SELECT
    c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone,
    r.ResponseId,
    r.DateKey AS ResponseDateKey,
    r.RecordedAtUtc,
    r.Nps,
    t.TouchpointCode AS Touchpoint,
    r.IsComplaint,
    r.Comment,
    dr.LastDayIndex - d.DayIndex AS DaysAgo
FROM fact.SurveyResponse AS r
INNER JOIN dim.Date AS d ON d.DateKey = r.DateKey
INNER JOIN dim.Customer AS c ON c.CustomerKey = r.CustomerKey
INNER JOIN dim.Touchpoint AS t ON t.TouchpointKey = r.TouchpointKey
CROSS JOIN mart.DataRange AS dr
CROSS JOIN mart.Config AS cfg
WHERE r.Nps <= 6
    AND r.ResolvedAtUtc IS NULL
    AND r.CustomerKey <> -1
    AND d.DayIndex > dr.LastDayIndex - cfg.DetractorFollowUpDays;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Action list: detractors (NPS 0-6) who answered within DetractorFollowUpDays of the latest data date and have no follow-up (the response is not resolved), one row per response; sort by DaysAgo. Identified customers only. Personal data: for report recipients whose report definition allows personal data only; on SQL Server the name, email and phone columns are masked (Dynamic Data Masking) for analysts without UNMASK.',
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
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days from the response to the latest data date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionDetractorFollowUp',
    @level2type = N'COLUMN', @level2name = N'DaysAgo';
GO
