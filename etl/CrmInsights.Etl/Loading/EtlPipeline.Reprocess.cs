using System.Diagnostics;
using CrmInsights.Etl.Checks;
using CrmInsights.Etl.Files;
using CrmInsights.Etl.Sources.Readers;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Etl.Loading;

/// <summary>What <c>etl reprocess</c> loads again: one archived file, one batch, or every file batch of a source's entity.</summary>
/// <param name="File">An archived file (or a copy of it): the batches that loaded its content.</param>
/// <param name="BatchId">One batch.</param>
/// <param name="Source">With <paramref name="Entity"/>: every current file batch of that source's entity.</param>
/// <param name="Entity">See <paramref name="Source"/>.</param>
public sealed record ReprocessTarget(string? File = null, long? BatchId = null, string? Source = null, string? Entity = null);

public sealed partial class EtlPipeline
{
    /// <summary>
    /// Loads archived files again under the current mapping, each replacing what its earlier batch loaded, in one transaction
    /// per file (the corrected-file rule: same source, entity and file name), then runs the checks. The archived files stay
    /// where they are; the file is read from a copy named as it was delivered, which is removed afterwards.
    /// </summary>
    public async Task<EtlRunSummary> ReprocessAsync(ReprocessTarget target, IProgress<EtlProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var clock = Stopwatch.StartNew();
        await using var _ = await LockAsync(cancellationToken);
        await using var keepAlive = await PrepareAsync(cancellationToken);
        var batches = await ReprocessBatchesAsync(target, cancellationToken);
        var outcomes = new List<BatchOutcome>();
        var results = new List<CheckResult>();
        var archived = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (batchId, source, entity, fileName, hash) in batches)
        {
            progress?.Report(new EtlProgress(source, fileName, outcomes.Count, batches.Count, 0, "reprocess"));
            var path = target.File is { } given ? Path.GetFullPath(given) : await FindArchivedAsync(archived, source, hash, cancellationToken)
                ?? throw new ExpectedFailureException(FailureKind.Input,
                    $"Batch {batchId} ({source}/{entity} {fileName}) has no archived file with its content under archive/{source}/; a database batch is reloaded by the next run.");
            var outcome = await ReloadCopyAsync(path, source, entity, fileName, hash, progress, outcomes.Count, batches.Count, cancellationToken);
            outcomes.Add(outcome);
            results.AddRange(await checks.BatchChecksAsync(outcome, cancellationToken));
        }

        results.AddRange(await checks.RunAsync(EnabledSources(), cancellationToken));
        progress?.Report(new EtlProgress("", "", outcomes.Count, batches.Count, 0, "done"));
        return new EtlRunSummary(outcomes, results, clock.Elapsed);
    }

    private async Task<List<(long BatchId, string Source, string Entity, string FileName, string Hash)>> ReprocessBatchesAsync(ReprocessTarget target, CancellationToken cancellationToken)
    {
        var (statement, p, what) = target switch
        {
            { BatchId: { } id } => (ReprocessStatements.ById, new LoadParameters { ["BatchId"] = id }, $"batch {id}"),
            { File: { } file } => (ReprocessStatements.ByContent, new LoadParameters { ["ContentHash"] = await ContentHash.OfFileAsync(RequireFile(file), cancellationToken) }, $"'{file}'"),
            { Source: { } s, Entity: { } e } => (ReprocessStatements.ByEntity, new LoadParameters { ["Source"] = s, ["Entity"] = e }, $"{s}/{e}"),
            _ => throw new ExpectedFailureException(FailureKind.Configuration, "Say what to reprocess: --file PATH, --batch ID, or --source S --entity E."),
        };
        var rows = new List<(long, string, string, string, string)>();
        await using (var connection = await engine.OpenConnectionAsync(cancellationToken))
        {
            await new LoadDb(engine, connection, null).QueryAsync(statement, p, r =>
                rows.Add((Convert.ToInt64(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4))),
                cancellationToken);
        }

        return rows.Count > 0
            ? rows
            : throw new ExpectedFailureException(FailureKind.Input, $"No loaded batch matches {what} (etl.Batch, status Succeeded); `crm-insights status` lists the batches.");
    }

    private static string RequireFile(string file) =>
        File.Exists(file) ? file : throw new ExpectedFailureException(FailureKind.Input, $"No file '{file}'.");

    // Archived names may have been made safe or unique (~1), so the file is found by content, not by name.
    private async Task<string?> FindArchivedAsync(Dictionary<string, Dictionary<string, string>> cache, string source, string hash, CancellationToken cancellationToken)
    {
        if (!cache.TryGetValue(source, out var byHash))
        {
            byHash = new Dictionary<string, string>(StringComparer.Ordinal);
            var root = workspace.Inside(Path.Combine("archive", PathSafety.Name(source)));
            if (Directory.Exists(root))
            {
                foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".done", StringComparison.OrdinalIgnoreCase)))
                {
                    byHash.TryAdd(await ContentHash.OfFileAsync(path, cancellationToken), path);
                }
            }

            cache[source] = byHash;
        }

        return byHash.GetValueOrDefault(hash);
    }

    private async Task<BatchOutcome> ReloadCopyAsync(
        string path, string source, string entity, string fileName, string hash, IProgress<EtlProgress>? progress, int done, int total, CancellationToken cancellationToken)
    {
        var folder = workspace.Inside(Path.Combine("reprocess", Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(folder);
        try
        {
            // The copy carries the delivered name so the load replaces that file's earlier batch (same source, entity, name).
            var copy = Path.Combine(folder, Path.GetFileName(fileName) == fileName ? fileName : PathSafety.Name(fileName));
            File.Copy(path, copy);
            var info = new FileInfo(copy);
            var file = new SourceFile(source, entity, copy, info.Length, info.LastWriteTimeUtc) { Reprocessing = true };
            Extraction.ExtractedBatch batch;
            try
            {
                batch = await extractor.ExtractAsync(file, null, cancellationToken);
            }
            catch (UnreadableSourceException ex)
            {
                // The current mapping cannot read the file: nothing changes, the earlier batch stays.
                return await loader.RecordAsync(source, entity, fileName, hash, null, 0, 0, 0, BatchStatus.Quarantined, "Reprocess: " + ex.Message, cancellationToken);
            }

            await LakeManifest.Of(batch, workspace, time.GetUtcNow()).WriteAsync(batch.LandedPath, cancellationToken);
            progress?.Report(new EtlProgress(source, fileName, done, total, batch.RowsRead, "load"));
            return await loader.LoadAsync(batch, batch.Identity, cancellationToken);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
