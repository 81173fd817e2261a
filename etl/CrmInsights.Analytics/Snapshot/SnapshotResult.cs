namespace CrmInsights.Analytics.Snapshot;

/// <summary>What a derive run did.</summary>
/// <param name="FromMonth">First month rebuilt (yyyymm); null when nothing needed rebuilding.</param>
/// <param name="ToMonth">Last month rebuilt (yyyymm); null when nothing needed rebuilding.</param>
/// <param name="Rows">Snapshot rows written.</param>
/// <param name="ModelFitKey">fact.ModelFit row of the CLV fit used; null when the models were not fitted.</param>
/// <param name="Reason">Why the range was chosen (full, incremental, nothing to do).</param>
public sealed record SnapshotResult(int? FromMonth, int? ToMonth, long Rows, int? ModelFitKey, string Reason);
