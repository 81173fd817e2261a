using System.Diagnostics;
using CrmInsights.Etl.Checks;
using CrmInsights.Etl.Extraction;
using CrmInsights.Etl.Files;
using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Sources.Readers;
using CrmInsights.Etl.Validation;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;
using CrmInsights.Warehouse.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmInsights.Etl.Loading;

/// <summary>
/// The ETL entry point for the CLI, the scheduler and the demo: under the warehouse lock, takes every ready inbox file
/// (and database query) in dependency order — pos stores, products, customers, order lines; email campaigns, events;
/// web events; survey responses — and for each: skip when its content was loaded before, else extract and land, load in
/// one transaction, reconcile, archive (quarantine when unreadable; a failed load leaves the file in the inbox). The next
/// file is extracted while a batch loads (<see cref="ExtractAhead"/>); loads stay one at a time, in that order. Then runs
/// the data checks.
/// </summary>
public sealed partial class EtlPipeline(
    IWarehouseEngine engine,
    IInbox inbox,
    BatchExtractor extractor,
    DatabaseExtractor databaseExtractor,
    FileDisposition disposition,
    EtlWorkspace workspace,
    BatchLoader loader,
    DataChecks checks,
    IOptions<EtlOptions> etlOptions,
    IOptions<WarehouseOptions> warehouseOptions,
    TimeProvider time,
    ILogger<EtlPipeline> logger)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Ensured = new(StringComparer.Ordinal);
    // The embedded schema's files and fingerprint; its DacFx model is built only if a warehouse needs upgrading.
    private static readonly Lazy<WarehouseSchemaSource> Schema = new(WarehouseSchemaSource.Embedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Runs the ETL for one source (or all when null) and returns what happened to each batch and check.</summary>
    public async Task<EtlRunSummary> RunAsync(string? source, IProgress<EtlProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var sources = SelectSources(source);
        var clock = Stopwatch.StartNew();
        loader.Checker ??= checks.BatchChecksAsync;
        await using var _ = await LockAsync(cancellationToken);
        await using var keepAlive = await PrepareAsync(cancellationToken);

        var work = sources
            .SelectMany(s => inbox.ListReadyFiles(s).Select(f => (Source: s, File: (SourceFile?)f, Entity: f.Entity)))
            .Concat(sources.SelectMany(DatabaseWork))
            .OrderBy(w => SourceRank(w.Source))
            .ThenBy(w => EntityRank(w.Source, w.Entity))
            .ThenBy(w => w.File?.Name, StringComparer.Ordinal)
            .ToList();
        var outcomes = new List<BatchOutcome>();
        var results = new List<CheckResult>();
        await using (var ahead = new ExtractAhead(this, workspace, cancellationToken))
        {
            for (var i = 0; i < work.Count; i++)
            {
                var (src, file, entity) = work[i];
                var next = i + 1 < work.Count ? work[i + 1].File : null;
                progress?.Report(new EtlProgress(src, file?.Name ?? entity, outcomes.Count, work.Count, 0, "extract"));
                var outcome = file is null
                    ? await LoadQueryAsync(src, entity, progress, outcomes.Count, work.Count, cancellationToken)
                    : await LoadFileAsync(file, await ahead.TakeAsync(file), loading => ahead.Start(next, loading), progress, outcomes.Count, work.Count, cancellationToken);
                outcomes.Add(outcome);
                results.AddRange(await checks.BatchChecksAsync(outcome, cancellationToken));
            }
        }

        progress?.Report(new EtlProgress("", "", outcomes.Count, work.Count, 0, "checks"));
        results.AddRange(await checks.RunAsync(EnabledSources(), cancellationToken));
        progress?.Report(new EtlProgress("", "", outcomes.Count, work.Count, 0, "done"));
        var summary = new EtlRunSummary(outcomes, results, clock.Elapsed);
        LogRun(outcomes.Count, summary.Count(BatchStatus.Loaded), summary.Count(BatchStatus.Skipped), summary.Count(BatchStatus.Failed),
            summary.Count(BatchStatus.Quarantined), summary.RowsRead, summary.RowsLoaded, summary.RowsRejected, (long)clock.Elapsed.TotalMilliseconds);
        return summary;
    }

    /// <summary>
    /// Rebuilds the warehouse from the lake alone: empties facts, loaded dimension rows and lineage, then loads every landed
    /// batch again in landing order (dependency order within the same instant), one transaction each, and runs the checks.
    /// Derived tables (customer snapshots, model fits) are left for the snapshot job to rebuild.
    /// </summary>
    public async Task<EtlRunSummary> ReplayAsync(IProgress<EtlProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        loader.Checker ??= checks.BatchChecksAsync;
        await using var _ = await LockAsync(cancellationToken);
        await using var keepAlive = await PrepareAsync(cancellationToken);
        var lake = workspace.Inside("lake");
        var manifests = new List<(string Path, LakeManifest Manifest)>();
        if (Directory.Exists(lake))
        {
            foreach (var path in Directory.EnumerateFiles(lake, "*" + LakeManifest.Suffix, SearchOption.AllDirectories))
            {
                manifests.Add((path, await LakeManifest.ReadAsync(path, cancellationToken)));
            }
        }

        var ordered = manifests
            .OrderBy(m => m.Manifest.LandedAtUtc)
            .ThenBy(m => SourceRank(m.Manifest.Source))
            .ThenBy(m => EntityLoaders.Rank(m.Manifest.Entity))
            .ThenBy(m => m.Manifest.Origin, StringComparer.Ordinal)
            .ToList();
        await engine.RunInTransactionAsync<int>(async (c, t, ct) =>
        {
            var db = new LoadDb(engine, c, t, loader.Observer);
            foreach (var statement in ReplayStatements.All)
            {
                await db.ExecuteAsync(statement, null, ct);
            }

            return 0;
        }, cancellationToken);

        var outcomes = new List<BatchOutcome>();
        var results = new List<CheckResult>();
        foreach (var (path, manifest) in ordered)
        {
            progress?.Report(new EtlProgress(manifest.Source, manifest.Origin, outcomes.Count, ordered.Count, 0, "load"));
            var outcome = await loader.LoadAsync(manifest.ToBatch(path, workspace), cancellationToken);
            outcomes.Add(outcome);
            results.AddRange(await checks.BatchChecksAsync(outcome, cancellationToken));
        }

        results.AddRange(await checks.RunAsync(EnabledSources(), cancellationToken));
        progress?.Report(new EtlProgress("", "", outcomes.Count, ordered.Count, 0, "done"));
        return new EtlRunSummary(outcomes, results, clock.Elapsed);
    }

    /// <param name="extract">The file's extract when it ran ahead, while the batch before it loaded (null: extract it now).</param>
    /// <param name="loading">Told the batch about to load, just before it loads: the next file's extract may run meanwhile.</param>
    private async Task<BatchOutcome> LoadFileAsync(
        SourceFile file, FileExtract? extract, Action<BatchIdentity> loading, IProgress<EtlProgress>? progress, int done, int total, CancellationToken cancellationToken)
    {
        if (file.Refusal is { } refusal)
        {
            // Never opened: the "hash" names the entry, not content it might point at.
            var entryHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("refused:" + file.Name)));
            var refused = await QuarantinedOnceAsync(file, entryHash, refusal, cancellationToken);
            disposition.Quarantine(file, refusal);
            LogQuarantined(file.Source, file.Name, refusal);
            return refused;
        }

        if (extract is null or { Deferred: true })
        {
            extract = await ExtractFileAsync(file, null, Rows(progress, done, total), cancellationToken);
        }

        var hash = extract.Hash;
        if (extract.Loaded)
        {
            if (await CountAsync(ResumeStatements.CountLoadedAs, file, hash, cancellationToken) > 0 && !ArchiveLookup.Holds(workspace, file, hash))
            {
                // Loaded, never archived: a killed run committed the batch and died before the move. Finish the move only.
                disposition.Archive(file);
                LogArchiveCompleted(file.Source, file.Name);
                return new BatchOutcome { Source = file.Source, Entity = file.Entity, Origin = file.Name, Status = BatchStatus.Skipped };
            }

            var reason = BatchLoader.SameContentReason(file.Source, file.Entity);
            var skipped = await loader.RecordAsync(file.Source, file.Entity, file.Name, hash, null, 0, 0, 0, BatchStatus.Skipped, reason, cancellationToken);
            disposition.Archive(file);
            LogSkipped(file.Source, file.Name, reason);
            return skipped;
        }

        if (extract.Unreadable is { } ex)
        {
            // Recorded first, then moved: a kill in between leaves the file in the inbox and its record, which the next
            // run finds (same name and content) instead of recording the quarantine twice.
            var reason = ContinuationReason(file, ex) is { } continuation ? ex.Message + " " + continuation : ex.Message;
            var quarantined = await QuarantinedOnceAsync(file, hash, reason, cancellationToken);
            disposition.Quarantine(file, reason);
            LogQuarantined(file.Source, file.Name, reason);
            return quarantined;
        }

        var batch = extract.Batch!;
        if (await ChangedBeforeLoadAsync(file, batch, cancellationToken) is { } stillWritten)
        {
            return stillWritten;
        }

        progress?.Report(new EtlProgress(file.Source, file.Name, done, total, batch.RowsRead, "load"));
        var identity = new BatchIdentity(file.Source, file.Entity, hash);
        loading(identity);
        var outcome = await loader.LoadAsync(batch, identity, cancellationToken);
        if (outcome.Status is BatchStatus.Loaded or BatchStatus.Skipped)
        {
            if (loader.Observer is not null)
            {
                await loader.Observer.BeforeStepAsync(LoadSteps.Archive, cancellationToken);
            }

            if (!ChangedAfterLoad(file, outcome))
            {
                disposition.Archive(file);
            }
        }

        return outcome;
    }

    /// <summary>
    /// What can be done for a file before the batch ahead of it commits: hash it, ask whether that content is loaded, and
    /// if not extract and land it with its manifest (a landing no batch owns yet is an orphan LakeOrphans removes if the run
    /// stops before the load). It reads the warehouse and writes only the lake and rejects files.
    /// </summary>
    /// <param name="loading">The batch loading meanwhile: a file with the same content waits for it (it may commit that content).</param>
    private async Task<FileExtract> ExtractFileAsync(SourceFile file, BatchIdentity? loading, IProgress<ExtractProgress>? rows, CancellationToken cancellationToken)
    {
        var hash = await ContentHash.OfFileAsync(file.FullPath, cancellationToken);
        if (loading == new BatchIdentity(file.Source, file.Entity, hash))
        {
            return new FileExtract(hash) { Deferred = true };
        }

        // Ahead of a load, unobserved: a test's observer sees the statements of one batch at a time.
        if (await loader.IsLoadedAsync(file.Source, file.Entity, hash, observed: loading is null, cancellationToken))
        {
            return new FileExtract(hash) { Loaded = true };
        }

        // Not loaded: any landing of this content is an orphan of a killed or failed load; it is landed again now.
        await LakeOrphans.RemoveAsync(workspace, file.Source, file.Entity, hash, cancellationToken);
        try
        {
            var batch = await extractor.ExtractAsync(file, hash, rows, cancellationToken);
            await LakeManifest.Of(batch, workspace, time.GetUtcNow()).WriteAsync(batch.LandedPath, cancellationToken);
            return new FileExtract(hash) { Batch = batch };
        }
        catch (UnreadableSourceException ex)
        {
            return new FileExtract(hash) { Unreadable = ex };
        }
    }

    private async Task<BatchOutcome> QuarantinedOnceAsync(SourceFile file, string hash, string reason, CancellationToken cancellationToken) =>
        await CountAsync(ResumeStatements.CountQuarantined, file, hash, cancellationToken) > 0
            ? new BatchOutcome { Source = file.Source, Entity = file.Entity, Origin = file.Name, Status = BatchStatus.Quarantined, Error = "Quarantined: " + reason }
            : await loader.RecordAsync(file.Source, file.Entity, file.Name, hash, null, 0, 0, 0, BatchStatus.Quarantined, reason, cancellationToken);

    private async Task<long> CountAsync(LoadStatement statement, SourceFile file, string hash, CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var count = await new LoadDb(engine, connection, null).ScalarAsync(statement, new LoadParameters
        {
            ["Source"] = file.Source, ["Entity"] = file.Entity, ["FileName"] = file.Name, ["ContentHash"] = hash,
        }, cancellationToken);
        return Convert.ToInt64(count, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<BatchOutcome> LoadQueryAsync(string source, string entity, IProgress<EtlProgress>? progress, int done, int total, CancellationToken cancellationToken)
    {
        string? since;
        await using (var connection = await engine.OpenConnectionAsync(cancellationToken))
        {
            since = (string?)await new LoadDb(engine, connection, null).ScalarAsync(
                BatchStatements.ReadWatermark, new LoadParameters { ["Source"] = source, ["Entity"] = entity }, cancellationToken);
        }

        var batch = await databaseExtractor.ExtractAsync(source, entity, since, Rows(progress, done, total), cancellationToken);
        await LakeManifest.Of(batch, workspace, time.GetUtcNow()).WriteAsync(batch.LandedPath, cancellationToken);
        return await loader.LoadAsync(batch, cancellationToken);
    }

    private IEnumerable<(string Source, SourceFile? File, string Entity)> DatabaseWork(string source) =>
        etlOptions.Value.GetSource(source).Database is { } db
            ? db.Queries.Keys.Select(e => (source, (SourceFile?)null, e))
            : [];

    private List<string> SelectSources(string? source)
    {
        var configured = etlOptions.Value.Sources.Keys.Order(StringComparer.Ordinal).ToList();
        if (source is null)
        {
            return EnabledSources();
        }

        if (configured.FirstOrDefault(s => string.Equals(s, source, StringComparison.OrdinalIgnoreCase)) is { } off && !etlOptions.Value.Sources[off].Enabled)
        {
            throw new ExpectedFailureException(FailureKind.Configuration, $"Source '{off}' is switched off (Etl:Sources:{off}:Enabled is false); set it to true to load it.");
        }

        return configured.FirstOrDefault(s => string.Equals(s, source, StringComparison.OrdinalIgnoreCase)) is { } match
            ? [match]
            : throw new ExpectedFailureException(FailureKind.Configuration,
                $"There is no source '{source}'; configured sources are: {string.Join(", ", configured)} (Etl:Sources).");
    }

    // Switched-off sources (Etl:Sources:<name>:Enabled = false) are neither read nor checked (no freshness warning).
    private List<string> EnabledSources() =>
        etlOptions.Value.Sources.Where(s => s.Value.Enabled).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();

    private Task<IAsyncDisposable> LockAsync(CancellationToken cancellationToken) =>
        engine.AcquireForRunAsync(warehouseOptions.Value, cancellationToken);

    // The embedded DuckDB file is created or upgraded on demand; a SQL Server database is deployed with `warehouse deploy`.
    // The returned connection stays open for the run: DuckDB closes (and checkpoints) the database when its last
    // connection closes, so without it every batch would pay ~100 ms to reopen the file.
    private async Task<System.Data.Common.DbConnection> PrepareAsync(CancellationToken cancellationToken)
    {
        if (engine.Kind == WarehouseEngineKind.DuckDb && !Ensured.ContainsKey(engine.Description))
        {
            // Once per database per process: the model only changes with a new build of the tool. A current file
            // (its fingerprint matches) costs one catalogue read. Before the keep-alive connection: a schema change
            // is built in a side copy and renamed over the file, which needs the file closed.
            await engine.EnsureSchemaAsync(Schema.Value, false, cancellationToken);
            Ensured.TryAdd(engine.Description, true);
        }

        return await engine.OpenConnectionAsync(cancellationToken);
    }

    private int SourceRank(string source)
    {
        var kind = etlOptions.Value.Sources.TryGetValue(source, out var s) ? s.Kind : source;
        var rank = SourceKinds.All.ToList().IndexOf(kind);
        return rank < 0 ? int.MaxValue : rank;
    }

    private int EntityRank(string source, string entity)
    {
        var kind = etlOptions.Value.Sources.TryGetValue(source, out var s) ? s.Kind : source;
        return EntityLoaders.Rank(EntityCatalog.Find(kind, entity)?.Kind);
    }

    private static Progress<ExtractProgress>? Rows(IProgress<EtlProgress>? progress, int done, int total) =>
        progress is null ? null : new Progress<ExtractProgress>(p => progress.Report(new EtlProgress(p.Source, p.Origin, done, total, p.RowsRead, "extract")));

    [LoggerMessage(EventId = 4204, Level = LogLevel.Information, Message = "Archived {Source}/{File}: its batch had committed before the last run stopped")]
    private partial void LogArchiveCompleted(string source, string file);

    [LoggerMessage(EventId = 4207, Level = LogLevel.Information, Message = "Skipped {Source}/{File}: {Reason}")]
    private partial void LogSkipped(string source, string file, string reason);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Quarantined {Source}/{File}: {Reason}")]
    private partial void LogQuarantined(string source, string file, string reason);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information,
        Message = "ETL run: {Batches} batches ({Loaded} loaded, {Skipped} skipped, {Failed} failed, {Quarantined} quarantined); {RowsRead} rows read, {RowsLoaded} loaded, {RowsRejected} rejected in {ElapsedMs} ms")]
    private partial void LogRun(int batches, int loaded, int skipped, int failed, int quarantined, long rowsRead, long rowsLoaded, long rowsRejected, long elapsedMs);
}
