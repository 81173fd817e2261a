CREATE SCHEMA [stage]
    AUTHORIZATION [dbo];
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Per-batch landing tables for bulk loads (one per canonical source entity).',
    @level0type = N'SCHEMA', @level0name = N'stage';
GO
