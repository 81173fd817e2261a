CREATE TABLE [stage].[CustomerEvent]
(
    [CustomerId] nvarchar(64) NOT NULL,
    [Kind] tinyint NOT NULL,
    [DateKey] int NOT NULL,
    [Value] decimal(19, 4) NULL,
    [Flag] tinyint NOT NULL,
    [DateKey2] int NULL
);
GO
-- Each chunk of the derive's customer pass reads a range of customers: on SQL Server that is a seek on this index (DuckDB
-- has no such index; rows are inserted in customer order, so its zone maps do the same).
CREATE CLUSTERED INDEX [IX_stage_CustomerEvent_CustomerId] ON [stage].[CustomerEvent] ([CustomerId]);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Scratch table of the derive step: every customer event the per-customer models read (purchase days, survey responses, identified web sessions, email clicks) up to the last month derived, computed once per derive instead of once per month and per chunk of customers. Emptied at the start and the end of every derive run.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerEvent';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Durable customer id.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerEvent',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'1 = purchase day, 2 = survey response, 3 = identified web session, 4 = email click.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerEvent',
    @level2type = N'COLUMN', @level2name = N'Kind';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Day of the event (dim.Date).',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerEvent',
    @level2type = N'COLUMN', @level2name = N'DateKey';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Purchase days: net revenue of that day''s purchase orders; NULL for the other kinds.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerEvent',
    @level2type = N'COLUMN', @level2name = N'Value';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey responses: 1 for a complaint; 0 otherwise.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerEvent',
    @level2type = N'COLUMN', @level2name = N'Flag';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Survey responses: the day the complaint was resolved; NULL otherwise.',
    @level0type = N'SCHEMA', @level0name = N'stage', @level1type = N'TABLE', @level1name = N'CustomerEvent',
    @level2type = N'COLUMN', @level2name = N'DateKey2';
GO
