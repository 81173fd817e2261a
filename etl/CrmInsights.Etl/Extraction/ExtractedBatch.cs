using CrmInsights.Etl.Files;
using CrmInsights.Etl.Landing;
using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Extraction;

/// <summary>
/// The result of extracting one file or query: identity, counts, rejects and the landed Parquet file holding every
/// accepted record. <c>RowsRead == RowsAccepted + RowsRejected + DuplicatesSkipped</c> always holds; a row with a field
/// warning is accepted.
/// </summary>
public sealed class ExtractedBatch
{
    /// <summary>Source + entity + content hash.</summary>
    public required BatchIdentity Identity { get; init; }

    /// <summary>The canonical entity.</summary>
    public required EntityInfo Entity { get; init; }

    /// <summary>The inbox file, or null for a database batch.</summary>
    public SourceFile? File { get; init; }

    /// <summary>File name or a description of the query.</summary>
    public required string Origin { get; init; }

    /// <summary>Data rows read (after header rows and skip rules).</summary>
    public long RowsRead { get; init; }

    /// <summary>Rows that passed validation and were landed.</summary>
    public long RowsAccepted { get; init; }

    /// <summary>Rows rejected with a reason.</summary>
    public long RowsRejected { get; init; }

    /// <summary>Rows whose natural key already appeared earlier in the same file (first wins).</summary>
    public long DuplicatesSkipped { get; init; }

    /// <summary>Rows skipped by mapping rules (e.g. Qualtrics previews); not part of <see cref="RowsRead"/>.</summary>
    public long RowsSkipped { get; init; }

    /// <summary>The first rejects (up to <c>Etl:MaxRejectsInMemory</c>); all of them are in <see cref="RejectsPath"/>.</summary>
    public required IReadOnlyList<Reject> Rejects { get; init; }

    /// <summary>rejects/&lt;source&gt;/&lt;file&gt;.rejects.csv, or null when nothing was rejected.</summary>
    public string? RejectsPath { get; init; }

    /// <summary>Optional fields of accepted rows that were stored as NULL because their value could not be read (a row may have several).</summary>
    public long FieldWarnings { get; init; }

    /// <summary>The first field warnings (up to <c>Etl:MaxRejectsInMemory</c>); all of them are in <see cref="WarningsPath"/>.</summary>
    public IReadOnlyList<FieldWarning> Warnings { get; init; } = [];

    /// <summary>rejects/&lt;source&gt;/&lt;file&gt;.warnings.csv, beside the rejects file, or null when no field was nulled.</summary>
    public string? WarningsPath { get; init; }

    /// <summary>lake/&lt;source&gt;/&lt;entity&gt;/&lt;yyyy-MM-dd&gt;/&lt;hash&gt;.parquet: the replayable record of the accepted rows.</summary>
    public required string LandedPath { get; init; }

    /// <summary>order_lines: the mapping's InferMissingReferences (unseen stores and products are inferred, not rejected).</summary>
    public bool InferMissingReferences { get; init; }

    /// <summary>For a database batch: the high-water mark to store when (and only when) the batch commits.</summary>
    public string? NewWatermark { get; init; }

    /// <summary>Streams the accepted records back from the landed Parquet.</summary>
    public IAsyncEnumerable<T> ReadRecordsAsync<T>(CancellationToken cancellationToken = default)
        where T : class, ICanonicalRecord => LakeReader.ReadAsync<T>(LandedPath, cancellationToken);

    /// <summary>Streams the accepted records back without naming the type.</summary>
    public IAsyncEnumerable<ICanonicalRecord> ReadRecordsAsync(CancellationToken cancellationToken = default) =>
        LakeReader.ReadAsync(Entity.Kind, LandedPath, cancellationToken);

    /// <summary>Streams every reject from the rejects file.</summary>
    public IAsyncEnumerable<Reject> ReadRejectsAsync(CancellationToken cancellationToken = default) =>
        RejectsPath is null ? AsyncEnumerable.Empty<Reject>() : RejectsFile.ReadAsync(RejectsPath, cancellationToken);
}
