CREATE ROLE [crm_report_reader]
    AUTHORIZATION [dbo];
GO
-- The report service account: reads the marts (action lists hold personal data, hence UNMASK)
-- and keeps the delivery log so each (report, period, recipient) goes out once.
GRANT SELECT ON SCHEMA::[mart] TO [crm_report_reader];
GO
GRANT SELECT ON SCHEMA::[dim] TO [crm_report_reader];
GO
GRANT SELECT ON SCHEMA::[fact] TO [crm_report_reader];
GO
GRANT SELECT, INSERT, UPDATE ON OBJECT::[etl].[ReportDelivery] TO [crm_report_reader];
GO
GRANT SELECT ON OBJECT::[etl].[Batch] TO [crm_report_reader];
GO
GRANT SELECT ON OBJECT::[etl].[JobRun] TO [crm_report_reader];
GO
GRANT SELECT ON OBJECT::[etl].[CheckResult] TO [crm_report_reader];
GO
GRANT UNMASK TO [crm_report_reader];
GO
