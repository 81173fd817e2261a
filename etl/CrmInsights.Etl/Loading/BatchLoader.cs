using System.Globalization;
using CrmInsights.Etl.Extraction;
using CrmInsights.Etl.Loading.Entities;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.ReferenceData;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmInsights.Etl.Loading;

/// <summary>
/// Loads one extracted batch in one transaction: etl.Batch row → stage rows streamed from the landed Parquet → the
/// entity's apply steps → rejects → counts, replaced batches, watermark → commit. On any failure the transaction rolls
/// back (the warehouse is as before) and the failure is recorded in a separate transaction.
/// </summary>
public sealed partial class BatchLoader(IWarehouseEngine engine, IOptions<WarehouseOptions> options, TimeProvider time, ILogger<BatchLoader> logger)
{
    private const int MaxErrorLength = 4000;
    private readonly BusinessCalendar _calendar = new(options.Value.BusinessTimeZone);

    /// <summary>Time per statement of the batches this loader ran (the benchmark prints the slowest).</summary>
    public LoadStatementTimings Timings { get; } = new(logger);

    /// <summary>Test hook: sees every statement and step (null in production).</summary>
    public ILoadObserver? Observer { get; set; }

    /// <summary>
    /// Runs a loaded batch's checks inside its transaction, before the commit (the pipeline sets the data checks' batch
    /// checks), so the batch and its checks commit together: a kill can never leave one without the other.
    /// </summary>
    public Func<BatchOutcome, LoadDb, CancellationToken, Task<IReadOnlyList<Checks.CheckResult>>>? Checker { get; set; }

    /// <summary>The business calendar used for date keys.</summary>
    public BusinessCalendar Calendar => _calendar;

    /// <summary>True when a batch with this source, entity and content was loaded before (it would change nothing).</summary>
    public Task<bool> IsLoadedAsync(string source, string entity, string contentHash, CancellationToken cancellationToken) =>
        IsLoadedAsync(source, entity, contentHash, observed: true, cancellationToken);

    /// <summary>The same question; <paramref name="observed"/> false keeps it from the <see cref="Observer"/> (asked on another thread).</summary>
    internal async Task<bool> IsLoadedAsync(string source, string entity, string contentHash, bool observed, CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var db = new LoadDb(engine, connection, null, observed ? Observer : null, Timings);
        var count = await db.ScalarAsync(BatchStatements.CountLoaded, new LoadParameters
        {
            ["Source"] = source, ["Entity"] = entity, ["ContentHash"] = contentHash,
        }, cancellationToken);
        return Convert.ToInt64(count, CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>
    /// Why content loaded before is skipped, and the verb that loads it again: a skipped file may have been read under a
    /// mapping fixed since (every row rejected then), which only <c>etl reprocess</c> applies to it.
    /// </summary>
    public static string SameContentReason(string source, string entity) =>
        $"The same content was loaded before; nothing changed. If it was read under a mapping you have since fixed, `crm-insights etl reprocess --source {source} --entity {entity}` (or --file archive/{source}/…) loads it again under the current one.";

    /// <summary>Loads <paramref name="batch"/>; returns Loaded, Skipped (same content loaded before) or Failed (rolled back and recorded).</summary>
    public Task<BatchOutcome> LoadAsync(ExtractedBatch batch, CancellationToken cancellationToken) => LoadAsync(batch, null, cancellationToken);

    /// <summary>
    /// Loads <paramref name="batch"/>; <paramref name="checkedNotLoaded"/> is the identity the caller has just found not loaded
    /// under the warehouse lock (the pipeline asks before extracting), so the same question is not sent twice per batch.
    /// </summary>
    internal async Task<BatchOutcome> LoadAsync(ExtractedBatch batch, BatchIdentity? checkedNotLoaded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var identity = batch.Identity;
        if (identity != checkedNotLoaded && await IsLoadedAsync(identity.Source, identity.Entity, identity.ContentHash, cancellationToken))
        {
            return await RecordAsync(batch, BatchStatus.Skipped, SameContentReason(identity.Source, identity.Entity), cancellationToken);
        }

        var loader = EntityLoaders.For(batch.Entity.Kind);
        try
        {
            var outcome = await engine.RunInTransactionAsync((c, t, ct) => ApplyAsync(loader, batch, new LoadDb(engine, c, t, Observer, Timings), ct), cancellationToken);
            LogLoaded(identity.Source, identity.Entity, batch.Origin, outcome.BatchId ?? 0, outcome.RowsRead, outcome.RowsLoaded, outcome.RowsRejected, outcome.RowsDuplicate);
            return outcome;
        }
        catch (Exception ex)
        {
            var cancelled = ex is OperationCanceledException && cancellationToken.IsCancellationRequested;
            LogFailed(ex, identity.Source, identity.Entity, batch.Origin);
            var failed = await RecordAsync(batch, BatchStatus.Failed, cancelled ? "Cancelled; rolled back." : ex.Message, CancellationToken.None);
            if (cancelled)
            {
                throw;
            }

            return failed;
        }
    }

    /// <summary>Records a batch that changed nothing (skipped, failed, quarantined) in its own transaction.</summary>
    public async Task<BatchOutcome> RecordAsync(ExtractedBatch batch, BatchStatus status, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return await RecordAsync(batch.Identity.Source, batch.Identity.Entity, batch.Origin, batch.Identity.ContentHash, batch.LandedPath,
            batch.RowsRead, batch.RowsRejected, batch.DuplicatesSkipped, status, message, cancellationToken);
    }

    /// <summary>Records a batch that changed nothing, from its parts (a quarantined file has no extract).</summary>
    public async Task<BatchOutcome> RecordAsync(
        string source, string entity, string origin, string contentHash, string? lakePath, long rowsRead, long rowsRejected, long duplicates,
        BatchStatus status, string message, CancellationToken cancellationToken)
    {
        var stored = status switch
        {
            BatchStatus.Skipped => "Skipped",
            _ => "Failed",
        };
        var text = status == BatchStatus.Quarantined ? "Quarantined: " + message : message;
        var batchId = await engine.RunInTransactionAsync(
            async (c, t, ct) =>
            {
                var db = new LoadDb(engine, c, t, null);
                var id = await db.ScalarAsync(BatchStatements.Insert, new LoadParameters
                {
                    ["Source"] = Clip(source, 16), ["Entity"] = Clip(entity, 32), ["FileName"] = Clip(origin, 400), ["ContentHash"] = contentHash,
                    ["Now"] = Now(), ["FinishedAtUtc"] = Now(), ["RowsRead"] = rowsRead, ["RowsLoaded"] = 0L,
                    ["RowsRejected"] = status == BatchStatus.Skipped ? 0L : rowsRejected,
                    ["RowsDuplicate"] = status == BatchStatus.Skipped ? rowsRead : duplicates,
                    ["Status"] = stored, ["ErrorMessage"] = Clip(text, MaxErrorLength), ["LakePath"] = lakePath,
                }, ct);
                return Convert.ToInt64(id, CultureInfo.InvariantCulture);
            },
            cancellationToken);
        return new BatchOutcome
        {
            Source = source, Entity = entity, Origin = origin, Status = status, BatchId = batchId, RowsRead = rowsRead,
            RowsRejected = status == BatchStatus.Skipped ? 0 : rowsRejected, RowsDuplicate = status == BatchStatus.Skipped ? rowsRead : duplicates,
            Error = status == BatchStatus.Skipped ? null : text,
        };
    }

    private async Task<BatchOutcome> ApplyAsync(IEntityLoader loader, ExtractedBatch batch, LoadDb db, CancellationToken cancellationToken)
    {
        var identity = batch.Identity;
        var p = new LoadParameters
        {
            ["Source"] = identity.Source, ["Entity"] = identity.Entity, ["FileName"] = Clip(batch.Origin, 400),
            ["ReplacesFileName"] = batch.File is null ? null : Clip(batch.Origin, 400), ["ContentHash"] = identity.ContentHash,
            ["Now"] = Now(), ["FinishedAtUtc"] = null, ["RowsRead"] = batch.RowsRead, ["RowsLoaded"] = 0L, ["RowsRejected"] = 0L,
            ["RowsDuplicate"] = 0L, ["Status"] = "Running", ["ErrorMessage"] = null, ["LakePath"] = batch.LandedPath,
            ["Currency"] = options.Value.Currency, ["BeginningOfTime"] = ReferenceRows.BeginningOfTime, ["EndOfTime"] = ReferenceRows.EndOfTime,
            ["InferReferences"] = batch.InferMissingReferences ? 1 : 0,
        };
        var batchId = Convert.ToInt64(await db.ScalarAsync(BatchStatements.Insert, p, cancellationToken), CultureInfo.InvariantCulture);
        p = p.With("BatchId", batchId);

        await StepAsync(LoadSteps.Stage, cancellationToken);
        decimal? sourceAmount = null;
        var dateColumns = DateCoverage.DateColumns(loader.StageColumns);
        int minDate = int.MaxValue, maxDate = int.MinValue;
        var rows = batch.ReadRecordsAsync(cancellationToken).ToBlockingEnumerable(cancellationToken).Select(r =>
        {
            if (loader.Amount(r) is { } amount)
            {
                sourceAmount = (sourceAmount ?? 0m) + amount;
            }

            var row = loader.StageRow(r, batchId, _calendar);
            foreach (var i in dateColumns)
            {
                if (DateCoverage.KeyOf(row[i]) is { } key && DateCoverage.CanCover(key))
                {
                    (minDate, maxDate) = (Math.Min(minDate, key), Math.Max(maxDate, key));
                }
            }

            return row;
        });
        var stageStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        var staged = await engine.BulkLoadAsync(db.Connection, db.Transaction, loader.StageTable, loader.StageColumns, rows, cancellationToken);
        Timings.Record($"{loader.Kind}.Stage (bulk load, with the lake read)", System.Diagnostics.Stopwatch.GetElapsedTime(stageStarted), staged);
        if (staged != batch.RowsAccepted)
        {
            throw new InvalidOperationException($"The lake file {batch.LandedPath} holds {staged} rows; the extract accepted {batch.RowsAccepted}.");
        }

        if (minDate <= maxDate)
        {
            await DateCoverage.EnsureAsync(db, batchId, minDate, maxDate, cancellationToken);
        }

        var replaced = await db.ScalarAsync(BatchStatements.FindReplaced, p, cancellationToken);
        p = p.With("ReplacesBatchId", replaced); // null: no earlier version of the file, so its statements are skipped
        var applied = await loader.ApplyAsync(db, p, cancellationToken);

        await StepAsync(LoadSteps.Rejects, cancellationToken);
        await foreach (var reject in batch.ReadRejectsAsync(cancellationToken))
        {
            await db.ExecuteAsync(BatchStatements.InsertReject, new LoadParameters
            {
                ["BatchId"] = batchId, ["RowNumber"] = reject.RowNumber, ["FieldName"] = reject.Field.Length == 0 ? null : Clip(reject.Field, 128),
                ["Reason"] = Clip(reject.Code, 1000), ["RawRow"] = reject.RawText, ["Now"] = p["Now"],
            }, cancellationToken);
        }

        var loaded = batch.RowsAccepted - applied.Rejected - applied.Duplicates;
        var rejected = batch.RowsRejected + applied.Rejected;
        var duplicates = batch.DuplicatesSkipped + applied.Duplicates;
        p = p.With("RowsLoaded", loaded).With("RowsRejected", rejected).With("RowsDuplicate", duplicates)
            .With("FieldWarnings", batch.FieldWarnings);
        if (replaced is not null)
        {
            // Same filter as Batch.FindReplaced: when it found no earlier batch of the file, there is nothing to mark.
            await db.ExecuteAsync(BatchStatements.MarkReplaced, p, cancellationToken);
        }

        await db.ExecuteAsync(BatchStatements.Finish, p, cancellationToken);
        if (batch.NewWatermark is { } mark)
        {
            p = p.With("Watermark", mark);
            await db.ExecuteAsync(BatchStatements.DeleteWatermark, p, cancellationToken);
            await db.ExecuteAsync(BatchStatements.InsertWatermark, p, cancellationToken);
        }

        var outcome = new BatchOutcome
        {
            Source = identity.Source, Entity = identity.Entity, Origin = batch.Origin, Status = BatchStatus.Loaded, BatchId = batchId,
            RowsRead = batch.RowsRead, RowsLoaded = loaded, RowsRejected = rejected, RowsDuplicate = duplicates, FactTable = loader.FactTable,
            SourceAmount = sourceAmount, RejectedAmount = applied.RejectedAmount, LoadRejected = applied.Rejected,
            LoadRejectAdvice = applied.Rejected > 0 ? loader.LoadRejectAdvice(identity.Source) : null,
            FieldWarnings = batch.FieldWarnings,
        };
        if (Checker is not null)
        {
            outcome = outcome with { Checked = await Checker(outcome, db, cancellationToken) };
        }

        await StepAsync(LoadSteps.Commit, cancellationToken);
        return outcome;
    }

    private async Task StepAsync(string step, CancellationToken cancellationToken)
    {
        if (Observer is not null)
        {
            await Observer.BeforeStepAsync(step, cancellationToken);
        }
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    [LoggerMessage(EventId = 4200, Level = LogLevel.Information,
        Message = "Loaded {Source}/{Entity} from {Origin} as batch {BatchId}: {RowsRead} read, {RowsLoaded} loaded, {RowsRejected} rejected, {RowsDuplicate} duplicates")]
    private partial void LogLoaded(string source, string entity, string origin, long batchId, long rowsRead, long rowsLoaded, long rowsRejected, long rowsDuplicate);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Error, Message = "Loading {Source}/{Entity} from {Origin} failed and was rolled back")]
    private partial void LogFailed(Exception exception, string source, string entity, string origin);
}
