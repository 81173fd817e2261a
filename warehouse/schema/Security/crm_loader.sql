CREATE ROLE [crm_loader]
    AUTHORIZATION [dbo];
GO
-- The ETL service account: bulk loads stage tables, applies batches to dim/fact, writes lineage.
-- It sees personal data unmasked because it must match and update customers.
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[stage] TO [crm_loader];
GO
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[dim] TO [crm_loader];
GO
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[fact] TO [crm_loader];
GO
GRANT SELECT, INSERT, UPDATE, DELETE, EXECUTE ON SCHEMA::[etl] TO [crm_loader];
GO
GRANT SELECT ON SCHEMA::[mart] TO [crm_loader];
GO
GRANT UNMASK TO [crm_loader];
GO
