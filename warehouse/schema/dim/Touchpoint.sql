CREATE TABLE [dim].[Touchpoint]
(
    [TouchpointKey] int NOT NULL,
    [TouchpointCode] nvarchar(16) NOT NULL,
    [TouchpointName] nvarchar(50) NOT NULL,
    CONSTRAINT [PK_dim_Touchpoint] PRIMARY KEY CLUSTERED ([TouchpointKey]),
    CONSTRAINT [UQ_dim_Touchpoint_TouchpointCode] UNIQUE ([TouchpointCode])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey touchpoint (where the feedback was collected): store, web, email, phone; -1 = unknown. Static reference rows seeded by deployment.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Touchpoint';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key; -1 = unknown.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Touchpoint',
    @level2type = N'COLUMN', @level2name = N'TouchpointKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Canonical code: store, web, email, phone or unknown.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Touchpoint',
    @level2type = N'COLUMN', @level2name = N'TouchpointCode';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Display name.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Touchpoint',
    @level2type = N'COLUMN', @level2name = N'TouchpointName';
GO
