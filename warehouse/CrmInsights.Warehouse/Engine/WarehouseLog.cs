using Microsoft.Extensions.Logging;

namespace CrmInsights.Warehouse.Engine;

/// <summary>Operator log messages of the warehouse engines (event ids 2000-2099).</summary>
internal static partial class WarehouseLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Loaded {RowCount} rows into stage.{Table} on {Engine} in {ElapsedMs} ms")]
    public static partial void BulkLoaded(ILogger logger, long rowCount, string table, string engine, long elapsedMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Warehouse schema on {Engine} is current: {TablesCreated} tables created, {ColumnsAdded} columns added, {SeedRows} reference rows inserted, {Views} views")]
    public static partial void SchemaEnsured(ILogger logger, string engine, int tablesCreated, int columnsAdded, long seedRows, int views);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Warehouse schema on {Engine} already carries fingerprint {Fingerprint}: nothing to do")]
    public static partial void SchemaCurrent(ILogger logger, string engine, string fingerprint);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug, Message = "Schema ensure on {Engine}: model ready in {ModelMs} ms, {Statements} statements in {ApplyMs} ms")]
    public static partial void SchemaTimed(ILogger logger, string engine, long modelMs, long applyMs, int statements);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Warehouse lock on {Engine} not granted within {TimeoutMs} ms")]
    public static partial void LockTimedOut(ILogger logger, string engine, long timeoutMs);
}
