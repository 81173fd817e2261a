CREATE SCHEMA [quartz]
    AUTHORIZATION [dbo];
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Quartz.NET ADO.NET job store of crm-insights serve when the warehouse is SQL Server: the schedules'' jobs and triggers, shared by every clustered service node. Column-for-column Quartz 4.7.3''s own schema (a test compares it with the script inside Quartz.dll); SQL Server only, the DuckDB warehouse uses the in-memory store.',
    @level0type = N'SCHEMA', @level0name = N'quartz';
GO
