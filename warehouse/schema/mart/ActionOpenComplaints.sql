CREATE VIEW mart.ActionOpenComplaints
AS
SELECT
    m.YearMonthKey,
    c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone,
    r.ResponseId,
    r.RecordedAtUtc,
    r.DateKey AS ComplaintDateKey,
    t.TouchpointCode AS Touchpoint,
    r.ComplaintCategory,
    r.Comment,
    m.MonthEndDateKey AS AsOfDateKey,
    m.MonthEndDayIndex - d.DayIndex AS AgeDays
FROM fact.SurveyResponse AS r
INNER JOIN dim.Date AS d ON d.DateKey = r.DateKey
INNER JOIN dim.Customer AS c ON c.CustomerKey = r.CustomerKey
INNER JOIN dim.Touchpoint AS t ON t.TouchpointKey = r.TouchpointKey
INNER JOIN mart.Month AS m ON d.DayIndex <= m.MonthEndDayIndex
WHERE r.IsComplaint = 1
    AND (r.ResolvedDateKey IS NULL OR r.ResolvedDateKey > m.MonthEndDateKey);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Action list as of each report month (YearMonthKey): complaints made up to that month''s end and not resolved by then (no resolution, or one after the month end); sort by RecordedAtUtc ascending (oldest first). Later data never changes a past month''s list. Complaints from unidentified respondents are listed with empty contact columns. Personal data: for report recipients whose report definition allows personal data only; on SQL Server the name, email and phone columns are masked (Dynamic Data Masking) for analysts without UNMASK.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Customer id (UNKNOWN when unidentified).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'FirstName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last name (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'LastName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Email (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Phone (personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'Phone';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey response id.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'ResponseId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the complaint was recorded (UTC).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'RecordedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Complaint date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'ComplaintDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey touchpoint.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'Touchpoint';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Complaint category.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'ComplaintCategory';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Free-text comment (untrusted text, personal data).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'Comment';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days from the complaint to the end of the report month (AsOfDateKey).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'AgeDays';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The report month the list is as of (yyyymm).',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'YearMonthKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'The months last day, the date the list is as of.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'AsOfDateKey';
GO
