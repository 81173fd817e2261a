CREATE SCHEMA [dim]
    AUTHORIZATION [dbo];
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Conformed dimensions (Kimball star schema).',
    @level0type = N'SCHEMA', @level0name = N'dim';
GO
