namespace CrmInsights.Etl.Loading.Entities;

/// <summary>What an apply step found beyond the extract: rows rejected at load time, natural keys already loaded by another file.</summary>
/// <param name="Rejected">Rows rejected at load time (e.g. unknown sku), recorded in etl.Reject.</param>
/// <param name="Duplicates">Rows whose natural key another batch already loaded and that keep the first (email events).</param>
/// <param name="RejectedAmount">The reconciled amount of the rejected rows.</param>
public sealed record ApplyResult(long Rejected, long Duplicates, decimal RejectedAmount)
{
    /// <summary>Nothing rejected, no duplicates.</summary>
    public static ApplyResult None { get; } = new(0, 0, 0m);
}
