CREATE SCHEMA [etl]
    AUTHORIZATION [dbo];
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Load lineage, rejects, watermarks, delivery log, data checks and job history.',
    @level0type = N'SCHEMA', @level0name = N'etl';
GO
