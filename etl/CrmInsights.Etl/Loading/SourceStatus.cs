namespace CrmInsights.Etl.Loading;

/// <summary>One source in <c>crm-insights status</c>.</summary>
/// <param name="Source">Source name.</param>
/// <param name="LastLoadedAtUtc">When its last batch succeeded (null = never).</param>
/// <param name="IsFresh">Loaded within Loading:FreshnessHours.</param>
/// <param name="RowsRead">Rows read by loaded batches.</param>
/// <param name="RowsLoaded">Rows loaded.</param>
/// <param name="RowsSuperseded">Of those, fact rows a later batch has since replaced (loaded − superseded are in the warehouse).</param>
/// <param name="RowsRejected">Rows rejected.</param>
/// <param name="RowsDuplicate">Duplicates skipped.</param>
/// <param name="FailedBatches">Batches that failed (their files wait in the inbox or quarantine).</param>
/// <param name="LastBatches">The latest batch of each entity.</param>
/// <param name="TopRejectReasons">The most frequent reject reasons with counts.</param>
/// <param name="FieldWarnings">Optional fields of loaded rows stored as NULL with a warning (listed in rejects/&lt;source&gt;/*.warnings.csv).</param>
public sealed record SourceStatus(
    string Source, DateTime? LastLoadedAtUtc, bool IsFresh, long RowsRead, long RowsLoaded, long RowsSuperseded, long RowsRejected, long RowsDuplicate, long FailedBatches,
    IReadOnlyList<LastBatch> LastBatches, IReadOnlyList<(string Reason, long Count)> TopRejectReasons, long FieldWarnings = 0);
