namespace CrmInsights.Reports.Model;

/// <summary>Health of one source at report time: its last batch, freshness and rejects.</summary>
/// <param name="Source">Source name (pos, web, email, survey).</param>
/// <param name="LastBatchId">Id of the last loaded batch, if any.</param>
/// <param name="LastBatchAt">When the last batch was loaded (UTC), if ever.</param>
/// <param name="FreshnessHours">Hours since the newest data of the source.</param>
/// <param name="FreshnessLimitHours">The configured staleness limit.</param>
/// <param name="RowsRead">Rows read by the batches loaded in the period (by load date).</param>
/// <param name="RowsLoaded">Rows loaded by them.</param>
/// <param name="RowsRejected">Rows rejected by them.</param>
/// <param name="TopRejectReasons">The most frequent reject reasons of the batches that carried the period's rows, most frequent first.</param>
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
    /// <summary>The rows that belong to the period by their business date, whenever they were loaded.</summary>
    public DataMonthRows DataMonth { get; init; } = new(0, 0, null, null, 0, 0);

    /// <summary>Whether the source is older than its limit.</summary>
    public bool IsStale => FreshnessHours > FreshnessLimitHours;

    /// <summary>Rejected / read, 0 when nothing was read.</summary>
    public decimal RejectRate => RowsRead == 0 ? 0 : (decimal)RowsRejected / RowsRead;
}

/// <summary>A source's rows of one business month (mart.SourceDataMonthQuality), beside when they loaded.</summary>
/// <param name="Rows">Fact rows dated in the month.</param>
/// <param name="Batches">Batches that carried them.</param>
/// <param name="FirstLoadedAt">When the first of those batches started (UTC).</param>
/// <param name="LastLoadedAt">When the last of those batches started (UTC).</param>
/// <param name="BatchRowsRead">Rows read by those batches.</param>
/// <param name="BatchRowsRejected">Rows rejected by those batches.</param>
public sealed record DataMonthRows(long Rows, int Batches, DateTimeOffset? FirstLoadedAt, DateTimeOffset? LastLoadedAt, long BatchRowsRead, long BatchRowsRejected)
{
    /// <summary>Rejected / read in those batches, 0 when nothing was read.</summary>
    public decimal RejectRate => BatchRowsRead == 0 ? 0 : (decimal)BatchRowsRejected / BatchRowsRead;
}

/// <summary>A reject reason and how many rows it rejected.</summary>
public sealed record RejectReasonCount(string Reason, long Rows);
