CREATE TABLE [stage].[PosCustomer]
(
    [BatchId] bigint NOT NULL,
    [RowNumber] bigint NOT NULL,
    [CustomerId] nvarchar(64) NOT NULL,
    [LoyaltyId] nvarchar(64) NULL,
    [Email] nvarchar(320) NULL,
    [EmailNormalized] nvarchar(320) NULL,
    [Phone] nvarchar(50) NULL,
    [FirstName] nvarchar(100) NULL,
    [LastName] nvarchar(100) NULL,
    [BirthDate] date NULL,
    [Gender] nvarchar(20) NULL,
    [PostalCode] nvarchar(20) NULL,
    [City] nvarchar(100) NULL,
    [Region] nvarchar(100) NULL,
    [Country] nvarchar(64) NULL,
    [SignupDate] date NOT NULL,
    [LoyaltyTier] nvarchar(32) NULL,
    [MarketingOptIn] bit NULL,
    [AcquisitionChannel] nvarchar(64) NULL,
    [UpdatedAtUtc] datetime2(3) NOT NULL,
    [VersionSeq] int NULL,
    CONSTRAINT [PK_stage_PosCustomer] PRIMARY KEY CLUSTERED ([BatchId], [RowNumber])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Staged canonical pos/customers rows. Rows are bulk loaded here per batch, then applied to dim/fact in one transaction.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Batch the row belongs to (etl.Batch).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1-based data row number within the source file (for rejects and lineage).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'RowNumber';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'customer_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'loyalty_id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'LoyaltyId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'email.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'email trimmed and lower-cased.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'EmailNormalized';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'phone.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'Phone';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'first_name.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'FirstName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'last_name.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'LastName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'birth_date.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'BirthDate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'gender.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'Gender';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'postal_code.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'PostalCode';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'city.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'City';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'region.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'country.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'Country';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'signup_date.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'SignupDate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'loyalty_tier.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'LoyaltyTier';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'marketing_opt_in.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'MarketingOptIn';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'acquisition_channel.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'AcquisitionChannel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'updated_at (UTC).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'UpdatedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Position of the row among the batch''s rows of the same customer_id in updated_at order (1 = oldest), set by the load: several versions of one customer in one batch are applied oldest first, one per round.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'PosCustomer',
    @level2type = N'COLUMN', @level2name = N'VersionSeq';
GO
