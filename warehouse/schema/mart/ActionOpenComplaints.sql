CREATE VIEW mart.ActionOpenComplaints
AS
SELECT
    c.CustomerId, c.FirstName, c.LastName, c.Email, c.Phone,
    r.ResponseId,
    r.RecordedAtUtc,
    r.DateKey AS ComplaintDateKey,
    t.TouchpointCode AS Touchpoint,
    r.ComplaintCategory,
    r.Comment,
    dr.LastDayIndex - d.DayIndex AS AgeDays
FROM fact.SurveyResponse AS r
INNER JOIN dim.Date AS d ON d.DateKey = r.DateKey
INNER JOIN dim.Customer AS c ON c.CustomerKey = r.CustomerKey
INNER JOIN dim.Touchpoint AS t ON t.TouchpointKey = r.TouchpointKey
CROSS JOIN mart.DataRange AS dr
WHERE r.IsComplaint = 1 AND r.ResolvedAtUtc IS NULL;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Action list: complaints with no resolution yet; sort by RecordedAtUtc ascending (oldest first). Complaints from unidentified respondents are listed with empty contact columns. Personal data: for report recipients whose report definition allows personal data only; on SQL Server the name, email and phone columns are masked (Dynamic Data Masking) for analysts without UNMASK.',
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
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Days from the complaint to the latest data date.',
    @level0type = N'SCHEMA', @level0name = N'mart', @level1type = N'VIEW', @level1name = N'ActionOpenComplaints',
    @level2type = N'COLUMN', @level2name = N'AgeDays';
GO
