namespace CrmInsights.Etl.Loading;

/// <summary>The latest batch of one entity.</summary>
/// <param name="Entity">Entity name.</param>
/// <param name="FileName">File or query.</param>
/// <param name="Status">Running, Succeeded, Failed, Skipped or Replaced.</param>
/// <param name="FinishedAtUtc">When it finished.</param>
/// <param name="RowsRead">Rows read.</param>
/// <param name="RowsLoaded">Rows loaded.</param>
/// <param name="RowsSuperseded">Of those, fact rows a later batch has since replaced.</param>
/// <param name="RowsRejected">Rows rejected.</param>
/// <param name="RowsDuplicate">Duplicates skipped.</param>
/// <param name="Error">Failure message.</param>
/// <param name="FieldWarnings">Optional fields of loaded rows stored as NULL with a warning.</param>
public sealed record LastBatch(
    string Entity, string? FileName, string Status, DateTime? FinishedAtUtc, long RowsRead, long RowsLoaded, long RowsSuperseded, long RowsRejected, long RowsDuplicate, string? Error,
    long FieldWarnings = 0);
