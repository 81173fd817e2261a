CREATE ROLE [crm_analyst]
    AUTHORIZATION [dbo];
GO
-- Analysts query the star schema and the marts directly (SSMS, Power BI). No UNMASK:
-- masked columns (email, phone, names, birth date, postal code, free text) read as masks.
-- No access to stage or etl, whose raw rows are not masked everywhere.
GRANT SELECT ON SCHEMA::[mart] TO [crm_analyst];
GO
GRANT SELECT ON SCHEMA::[dim] TO [crm_analyst];
GO
GRANT SELECT ON SCHEMA::[fact] TO [crm_analyst];
GO
