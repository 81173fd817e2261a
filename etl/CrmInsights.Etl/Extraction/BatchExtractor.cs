using CrmInsights.Etl.Files;
using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Sources.Readers;
using CrmInsights.Etl.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmInsights.Etl.Extraction;

/// <summary>Extracts one inbox file: hash (unless the caller did), read (streamed), map, validate, dedupe, write rejects, land as Parquet.</summary>
/// <remarks>The file stays in the inbox; the caller archives it after its batch commits (or quarantines it on <see cref="UnreadableSourceException"/>).</remarks>
public sealed partial class BatchExtractor(EtlWorkspace workspace, IOptions<EtlOptions> options, TimeProvider time, ILogger<BatchExtractor> logger)
{
    /// <summary>
    /// Extracts <paramref name="file"/>. Throws <see cref="UnreadableSourceException"/> when the file cannot be read at all
    /// (unknown entity, not UTF-8/binary, truncated mid-quote, wrong/missing header, unreadable Parquet): quarantine it.
    /// </summary>
    public async Task<ExtractedBatch> ExtractAsync(SourceFile file, IProgress<ExtractProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return await ExtractAsync(file, await ContentHash.OfFileAsync(file.FullPath, cancellationToken), progress, cancellationToken);
    }

    /// <summary>
    /// Extracts <paramref name="file"/> whose <see cref="ContentHash"/> the caller already computed (the pipeline hashes each
    /// new file once, to skip content loaded before, and the batch carries that same hash).
    /// </summary>
    public async Task<ExtractedBatch> ExtractAsync(SourceFile file, string contentHash, IProgress<ExtractProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        var o = options.Value;
        var source = o.GetSource(file.Source);
        var entity = EntityCatalog.Find(source.Kind, file.Entity)
            ?? throw new UnreadableSourceException(
                $"'{file.Entity}' (from the file name) is not an entity of source kind '{source.Kind}'; expected one of " +
                $"{string.Join(", ", EntityCatalog.All.Where(e => e.SourceKind == source.Kind).Select(e => e.Name))} as '<entity>-<yyyy-MM-dd>.<ext>', " +
                $"or set Etl:Sources:{file.Source}:Entities:<entity>:FilePattern to a pattern the file's own name matches (e.g. '{Path.GetFileNameWithoutExtension(file.Name)}*{Path.GetExtension(file.Name)}').");
        var mapping = EntityMapping.Create(source, entity, file.Source);
        if (new FileInfo(file.FullPath).Length == 0)
        {
            // One rule for every format: an empty file carries neither a header nor records, so there is nothing to load.
            throw new UnreadableSourceException("The file is empty (0 bytes): no header and no records. Deliver it again with its content.");
        }

        var hash = contentHash;
        var format = FormatOf(file.Name, source.Format);

        await using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        await using IRowSource rows = format switch
        {
            SourceFormat.Csv => new CsvRowSource(stream, mapping.HeaderRows, o.MaxRejectRawLength, mapping.Dialect),
            SourceFormat.JsonLines => new JsonLinesRowSource(stream, o.MaxRejectRawLength),
            SourceFormat.Parquet => new ParquetRowSource(stream, o.MaxRejectRawLength),
            _ => throw new UnreadableSourceException($"Source '{file.Source}' is a {format} source; it has no inbox files."),
        };
        var pipeline = new BatchPipeline(workspace, o, time);
        var cutOff = format is SourceFormat.Csv or SourceFormat.JsonLines && !EndsWithLineBreak(file.FullPath);
        var batch = await pipeline.RunAsync(rows, new BatchPipeline.Request(file.Source, mapping, file.Name, hash, file, cutOff), null, progress, cancellationToken);
        LogExtracted(file.Source, entity.Name, file.Name, batch.RowsRead, batch.RowsAccepted, batch.RowsRejected, batch.DuplicatesSkipped);
        return batch;
    }

    /// <summary>The format of a file: its extension when known (.csv, .jsonl/.ndjson/.json, .parquet), else the source's.</summary>
    public static SourceFormat FormatOf(string fileName, SourceFormat configured) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => SourceFormat.Csv,
        ".jsonl" or ".ndjson" or ".json" => SourceFormat.JsonLines,
        ".parquet" => SourceFormat.Parquet,
        _ => configured,
    };

    private static bool EndsWithLineBreak(string path)
    {
        using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        if (s.Length == 0)
        {
            return true;
        }

        s.Seek(-1, SeekOrigin.End);
        return s.ReadByte() is '\n' or '\r';
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information,
        Message = "Extracted {Source}/{Entity} from {File}: {RowsRead} read, {RowsAccepted} accepted, {RowsRejected} rejected, {Duplicates} duplicates")]
    private partial void LogExtracted(string source, string entity, string file, long rowsRead, long rowsAccepted, long rowsRejected, long duplicates);
}
