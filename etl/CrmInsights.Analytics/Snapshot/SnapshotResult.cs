namespace CrmInsights.Analytics.Snapshot;

/// <summary>What a derive run did.</summary>
/// <param name="FromMonth">First month rebuilt (yyyymm); null when nothing needed rebuilding.</param>
/// <param name="ToMonth">Last month rebuilt (yyyymm); null when nothing needed rebuilding.</param>
/// <param name="Rows">Snapshot rows written.</param>
/// <param name="ModelFitKey">fact.ModelFit row that prices the last month's predictions; null when no usable model exists for it.</param>
/// <param name="Reason">Why the range was chosen (full, incremental, nothing to do).</param>
public sealed record SnapshotResult(int? FromMonth, int? ToMonth, long Rows, int? ModelFitKey, string Reason)
{
    /// <summary>How the rebuilt months' CLV fits came out; null when nothing was rebuilt.</summary>
    public ClvFitCounts? Fits { get; init; }
}

/// <summary>Rebuilt months by fact.ModelFit.FitStatus.</summary>
/// <param name="Fitted">Months whose two models are their own valid maxima.</param>
/// <param name="Fallback">Months that kept an earlier valid model for a flagged one.</param>
/// <param name="Incomplete">Months with a flagged model and no earlier valid one (its predictions are empty).</param>
public sealed record ClvFitCounts(int Fitted, int Fallback, int Incomplete);
