namespace CrmInsights.Reports.Model;

/// <summary>Health of one source at report time: its last batch, freshness and rejects.</summary>
/// <param name="Source">Source name (pos, web, email, survey).</param>
/// <param name="LastBatchId">Id of the last loaded batch, if any.</param>
/// <param name="LastBatchAt">When the last batch was loaded (UTC), if ever.</param>
/// <param name="FreshnessHours">Hours since the newest data of the source.</param>
/// <param name="FreshnessLimitHours">The configured staleness limit.</param>
/// <param name="RowsRead">Rows read in the period's batches.</param>
/// <param name="RowsLoaded">Rows loaded.</param>
/// <param name="RowsRejected">Rows rejected.</param>
/// <param name="TopRejectReasons">The most frequent reject reasons with counts, most frequent first.</param>
/// <param name="CheckErrors">Names of data checks at error level that fail now.</param>
/// <param name="CheckWarnings">Names of data checks at warning level that fail now.</param>
public sealed record DataQualityRow(
    string Source,
    string? LastBatchId,
    DateTimeOffset? LastBatchAt,
    decimal FreshnessHours,
    decimal FreshnessLimitHours,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    IReadOnlyList<RejectReasonCount> TopRejectReasons,
    IReadOnlyList<string> CheckErrors,
    IReadOnlyList<string> CheckWarnings)
{
    /// <summary>Whether the source is older than its limit.</summary>
    public bool IsStale => FreshnessHours > FreshnessLimitHours;

    /// <summary>Rejected / read, 0 when nothing was read.</summary>
    public decimal RejectRate => RowsRead == 0 ? 0 : (decimal)RowsRejected / RowsRead;
}

/// <summary>A reject reason and how many rows it rejected.</summary>
public sealed record RejectReasonCount(string Reason, long Rows);
