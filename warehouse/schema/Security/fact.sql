CREATE SCHEMA [fact]
    AUTHORIZATION [dbo];
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Fact tables and periodic snapshots.',
    @level0type = N'SCHEMA', @level0name = N'fact';
GO
