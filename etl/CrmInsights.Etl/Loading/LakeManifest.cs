using System.Text.Json;
using CrmInsights.Etl.Extraction;
using CrmInsights.Etl.Files;
using CrmInsights.Etl.Validation;

namespace CrmInsights.Etl.Loading;

/// <summary>
/// The sidecar written beside each landed Parquet file (<c>&lt;hash&gt;.batch.json</c>): what a replay needs to load the
/// batch again from the lake alone (origin, counts, where its rejects are, the watermark, when it landed).
/// </summary>
public sealed record LakeManifest
{
    /// <summary>File suffix.</summary>
    public const string Suffix = ".batch.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Source name.</summary>
    public required string Source { get; init; }

    /// <summary>The entity.</summary>
    public required EntityKind Entity { get; init; }

    /// <summary>File name or query description.</summary>
    public required string Origin { get; init; }

    /// <summary>True for an inbox file (corrected files replace by name), false for a database query.</summary>
    public bool IsFile { get; init; }

    /// <summary>SHA-256 of the content.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Rows read.</summary>
    public long RowsRead { get; init; }

    /// <summary>Rows accepted (in the Parquet file).</summary>
    public long RowsAccepted { get; init; }

    /// <summary>Rows rejected at extract.</summary>
    public long RowsRejected { get; init; }

    /// <summary>Duplicates skipped within the file.</summary>
    public long DuplicatesSkipped { get; init; }

    /// <summary>Rows skipped by mapping rules.</summary>
    public long RowsSkipped { get; init; }

    /// <summary>The rejects file, relative to the workspace (null when none).</summary>
    public string? RejectsPath { get; init; }

    /// <summary>Optional fields stored as NULL with a warning (0 in manifests written before warnings existed).</summary>
    public long FieldWarnings { get; init; }

    /// <summary>The field-warnings file, relative to the workspace (null when none).</summary>
    public string? WarningsPath { get; init; }

    /// <summary>The database high-water mark after this batch.</summary>
    public string? NewWatermark { get; init; }

    /// <summary>order_lines: unseen stores and products were inferred (replays load the same way).</summary>
    public bool InferMissingReferences { get; init; }

    /// <summary>When the batch landed (UTC): replays load in this order.</summary>
    public DateTimeOffset LandedAtUtc { get; init; }

    /// <summary>The sidecar path of a landed Parquet file.</summary>
    public static string PathOf(string landedPath) => Path.ChangeExtension(landedPath, null) + Suffix;

    /// <summary>Describes an extracted batch.</summary>
    public static LakeManifest Of(ExtractedBatch batch, EtlWorkspace workspace, DateTimeOffset landedAt)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(workspace);
        return new LakeManifest
        {
            Source = batch.Identity.Source, Entity = batch.Entity.Kind, Origin = batch.Origin, IsFile = batch.File is not null,
            ContentHash = batch.Identity.ContentHash, RowsRead = batch.RowsRead, RowsAccepted = batch.RowsAccepted, RowsRejected = batch.RowsRejected,
            DuplicatesSkipped = batch.DuplicatesSkipped, RowsSkipped = batch.RowsSkipped,
            RejectsPath = batch.RejectsPath is null ? null : Path.GetRelativePath(workspace.Root, batch.RejectsPath),
            FieldWarnings = batch.FieldWarnings,
            WarningsPath = batch.WarningsPath is null ? null : Path.GetRelativePath(workspace.Root, batch.WarningsPath),
            NewWatermark = batch.NewWatermark, LandedAtUtc = landedAt, InferMissingReferences = batch.InferMissingReferences,
        };
    }

    /// <summary>Writes the sidecar beside <paramref name="landedPath"/> (temp file, then rename).</summary>
    public async Task WriteAsync(string landedPath, CancellationToken cancellationToken)
    {
        var path = PathOf(landedPath);
        var temp = path + ".tmp";
        await using (var stream = File.Create(temp))
        {
            await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a sidecar.</summary>
    public static async Task<LakeManifest> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<LakeManifest>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"The lake manifest {path} is empty.");
    }

    /// <summary>The batch this sidecar describes, reading from the lake file beside it.</summary>
    public ExtractedBatch ToBatch(string manifestPath, EtlWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var landed = manifestPath[..^Suffix.Length] + ".parquet";
        var rejects = RejectsPath is null ? null : workspace.Inside(RejectsPath);
        var warnings = WarningsPath is null ? null : workspace.Inside(WarningsPath);
        var entity = EntityCatalog.All.First(e => e.Kind == Entity);
        return new ExtractedBatch
        {
            Identity = new BatchIdentity(Source, entity.Name, ContentHash), Entity = entity,
            File = IsFile ? new SourceFile(Source, entity.Name, Path.Combine(workspace.Root, "lake-replay", Origin), 0, default) : null,
            Origin = Origin, RowsRead = RowsRead, RowsAccepted = RowsAccepted, RowsRejected = RowsRejected, DuplicatesSkipped = DuplicatesSkipped,
            RowsSkipped = RowsSkipped, Rejects = [], RejectsPath = rejects is not null && File.Exists(rejects) ? rejects : null,
            FieldWarnings = FieldWarnings, WarningsPath = warnings is not null && File.Exists(warnings) ? warnings : null,
            LandedPath = landed, NewWatermark = NewWatermark, InferMissingReferences = InferMissingReferences,
        };
    }
}
