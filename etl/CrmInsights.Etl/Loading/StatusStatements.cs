namespace CrmInsights.Etl.Loading;

/// <summary>The queries behind <c>crm-insights status</c>.</summary>
public static class StatusStatements
{
    /// <summary>The latest batch of every source and entity.</summary>
    public static readonly LoadStatement LastBatches = new("Status.LastBatches", """
        SELECT b.Source, b.Entity, b.FileName, b.Status, b.StartedAtUtc, b.FinishedAtUtc, b.RowsRead, b.RowsLoaded, b.RowsRejected,
            b.RowsDuplicate, b.ErrorMessage, b.FieldWarnings, b.RowsSuperseded
        FROM etl.Batch AS b
        WHERE b.BatchId = (SELECT MAX(l.BatchId) FROM etl.Batch AS l WHERE l.Source = b.Source AND l.Entity = b.Entity)
        ORDER BY b.Source, b.Entity;
        """);

    /// <summary>Per source: last successful load and the row totals of loaded batches.</summary>
    public static readonly LoadStatement SourceTotals = new("Status.SourceTotals", """
        SELECT Source, MAX(CASE WHEN Status = 'Succeeded' THEN FinishedAtUtc END) AS LastLoadedAtUtc,
            CAST(SUM(CASE WHEN Status IN ('Succeeded', 'Replaced') THEN RowsRead ELSE 0 END) AS bigint) AS RowsRead,
            CAST(SUM(CASE WHEN Status IN ('Succeeded', 'Replaced') THEN RowsLoaded ELSE 0 END) AS bigint) AS RowsLoaded,
            CAST(SUM(CASE WHEN Status IN ('Succeeded', 'Replaced') THEN RowsRejected ELSE 0 END) AS bigint) AS RowsRejected,
            CAST(SUM(CASE WHEN Status IN ('Succeeded', 'Replaced') THEN RowsDuplicate ELSE 0 END) AS bigint) AS RowsDuplicate,
            CAST(SUM(CASE WHEN Status = 'Failed' THEN 1 ELSE 0 END) AS bigint) AS FailedBatches,
            CAST(SUM(CASE WHEN Status IN ('Succeeded', 'Replaced') THEN FieldWarnings ELSE 0 END) AS bigint) AS FieldWarnings,
            CAST(SUM(CASE WHEN Status IN ('Succeeded', 'Replaced') THEN RowsSuperseded ELSE 0 END) AS bigint) AS RowsSuperseded
        FROM etl.Batch
        GROUP BY Source;
        """);

    /// <summary>Reject counts per source and reason, most frequent first.</summary>
    public static readonly LoadStatement RejectReasons = new("Status.RejectReasons", """
        SELECT b.Source, r.Reason, CAST(COUNT(*) AS bigint) AS Rejects
        FROM etl.Reject AS r
        INNER JOIN etl.Batch AS b ON b.BatchId = r.BatchId
        GROUP BY b.Source, r.Reason
        ORDER BY b.Source, COUNT(*) DESC, r.Reason;
        """);

    /// <summary>Every statement.</summary>
    public static IReadOnlyList<LoadStatement> All { get; } = [LastBatches, SourceTotals, RejectReasons];
}
