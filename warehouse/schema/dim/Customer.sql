CREATE TABLE [dim].[Customer]
(
    [CustomerKey] int IDENTITY(1, 1) NOT NULL,
    [CustomerId] nvarchar(64) NOT NULL,
    [LoyaltyId] nvarchar(64) NULL,
    [Email] nvarchar(320) MASKED WITH (FUNCTION = 'email()') NULL,
    [EmailNormalized] nvarchar(320) MASKED WITH (FUNCTION = 'email()') NULL,
    [Phone] nvarchar(50) MASKED WITH (FUNCTION = 'default()') NULL,
    [FirstName] nvarchar(100) MASKED WITH (FUNCTION = 'default()') NULL,
    [LastName] nvarchar(100) MASKED WITH (FUNCTION = 'default()') NULL,
    [BirthDate] date MASKED WITH (FUNCTION = 'default()') NULL,
    [Gender] nvarchar(20) NULL,
    [PostalCode] nvarchar(20) MASKED WITH (FUNCTION = 'default()') NULL,
    [City] nvarchar(100) NULL,
    [Region] nvarchar(100) NULL,
    [Country] nvarchar(64) NULL,
    [SignupDate] date NULL,
    [SignupDateKey] int NULL,
    [LoyaltyTier] nvarchar(32) NULL,
    [MarketingOptIn] bit NULL,
    [AcquisitionChannel] nvarchar(64) NULL,
    [SourceUpdatedAtUtc] datetime2(3) NULL,
    [ValidFromUtc] datetime2(3) NOT NULL,
    [ValidToUtc] datetime2(3) NOT NULL,
    [IsCurrent] bit NOT NULL,
    [IsInferred] bit NOT NULL CONSTRAINT [DF_dim_Customer_IsInferred] DEFAULT (0),
    [BatchId] bigint NULL,
    CONSTRAINT [PK_dim_Customer] PRIMARY KEY CLUSTERED ([CustomerKey]),
    CONSTRAINT [UQ_dim_Customer_CustomerId_ValidFromUtc] UNIQUE ([CustomerId], [ValidFromUtc])
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Conformed customer (POS customer_id). SCD type 2 on LoyaltyTier, City, Region, Country, MarketingOptIn (one row per version, ValidFrom/ValidTo/IsCurrent); type 1 on names, email, phone, birth date and the other attributes (corrected in place on every version). Key -1 is the unknown member. Personal data is masked (Dynamic Data Masking) for roles without UNMASK.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key of this version; -1 = unknown customer.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'CustomerKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Durable natural key: the POS customer_id. Inferred members created from an email or other reference before the POS record arrives carry the id the ETL derives for them.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty card / member id; NULL for non-members.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'LoyaltyId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Email address as supplied (personal data, masked).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'Email';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Trimmed, lower-cased email used to match email and survey events (personal data, masked).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'EmailNormalized';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Phone number (personal data, masked).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'Phone';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'First name (personal data, masked).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'FirstName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last name (personal data, masked).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'LastName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Date of birth (personal data, masked).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'BirthDate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Gender as supplied by the source.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'Gender';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Postal code (personal data, masked).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'PostalCode';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'City (SCD type 2).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'City';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Region / county / state (SCD type 2).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'Region';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Country (SCD type 2).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'Country';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Date the customer signed up / was first registered.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'SignupDate';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'DateKey of SignupDate.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'SignupDateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loyalty programme tier (SCD type 2).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'LoyaltyTier';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 when the customer is opted in to marketing, 0 when opted out, NULL when unknown (the export has no value, or the member is inferred) (SCD type 2).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'MarketingOptIn';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Channel through which the customer was acquired.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'AcquisitionChannel';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'updated_at of the source record that produced this version (UTC).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'SourceUpdatedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Start of the validity of this version (UTC, inclusive).',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'ValidFromUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'End of the validity of this version (UTC, exclusive); 9999-12-31 for the current version.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'ValidToUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 for the current version of the customer.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'IsCurrent';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 while the row was created from a fact reference and the POS master record has not arrived yet.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'IsInferred';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'etl.Batch that last wrote this version (lineage); NULL for seeded rows.',
    @level0type = N'SCHEMA', @level0name = N'dim', @level1type = N'TABLE', @level1name = N'Customer',
    @level2type = N'COLUMN', @level2name = N'BatchId';
GO
