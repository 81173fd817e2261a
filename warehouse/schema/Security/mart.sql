CREATE SCHEMA [mart]
    AUTHORIZATION [dbo];
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'KPI views: the single definition of every reported number, in the SQL subset SQL Server and DuckDB both run.',
    @level0type = N'SCHEMA', @level0name = N'mart';
GO
