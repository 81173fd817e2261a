CREATE ROLE [crm_scheduler]
    AUTHORIZATION [dbo];
GO
-- The account of `crm-insights serve` when the warehouse is SQL Server: Quartz's job store reads and
-- writes its tables in schema quartz (rows only; the dacpac owns the tables, Quartz only validates them).
-- A role of its own rather than more grants on crm_loader: an account that runs ETL from the CLI needs
-- no scheduler tables, and the service account is a member of crm_scheduler and crm_loader (and
-- crm_report_reader when it sends report packs).
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[quartz] TO [crm_scheduler];
GO
