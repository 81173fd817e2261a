CREATE TABLE [etl].[ReportDelivery]
(
    [ReportDeliveryId] bigint IDENTITY(1, 1) NOT NULL,
    [ReportName] nvarchar(100) NOT NULL,
    [PeriodKey] nvarchar(32) NOT NULL,
    [Recipient] nvarchar(320) MASKED WITH (FUNCTION = 'email()') NOT NULL,
    [Status] nvarchar(16) NOT NULL,
    [Attempts] int NOT NULL CONSTRAINT [DF_etl_ReportDelivery_Attempts] DEFAULT (0),
    [LastError] nvarchar(2000) NULL,
    [CreatedAtUtc] datetime2(3) NOT NULL,
    [SentAtUtc] datetime2(3) NULL,
    CONSTRAINT [PK_etl_ReportDelivery] PRIMARY KEY CLUSTERED ([ReportDeliveryId]),
    CONSTRAINT [UQ_etl_ReportDelivery_Report_Period_Recipient] UNIQUE ([ReportName], [PeriodKey], [Recipient]),
    CONSTRAINT [CK_etl_ReportDelivery_Status] CHECK ([Status] IN (N'Pending', N'Sent', N'Failed', N'Outboxed'))
);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Report delivery log: each (report, period, recipient) goes out once; retries update the same row.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'ReportDelivery';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Surrogate key.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'ReportDelivery',
    @level2type = N'COLUMN', @level2name = N'ReportDeliveryId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Report definition name.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'ReportDelivery',
    @level2type = N'COLUMN', @level2name = N'ReportName';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Reporting period, e.g. 2025-03 (month) or 2025-W09 (ISO week).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'ReportDelivery',
    @level2type = N'COLUMN', @level2name = N'PeriodKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Recipient email address (personal data, masked).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'ReportDelivery',
    @level2type = N'COLUMN', @level2name = N'Recipient';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Pending, Sent, Failed or Outboxed (written to the outbox folder).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'ReportDelivery',
    @level2type = N'COLUMN', @level2name = N'Status';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Delivery attempts so far.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'ReportDelivery',
    @level2type = N'COLUMN', @level2name = N'Attempts';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Last delivery error.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'ReportDelivery',
    @level2type = N'COLUMN', @level2name = N'LastError';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the delivery was first attempted (UTC).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'ReportDelivery',
    @level2type = N'COLUMN', @level2name = N'CreatedAtUtc';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'When the report was sent (UTC); NULL until sent.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'TABLE', @level1name = N'ReportDelivery',
    @level2type = N'COLUMN', @level2name = N'SentAtUtc';
GO
