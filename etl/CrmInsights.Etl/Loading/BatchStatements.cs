namespace CrmInsights.Etl.Loading;

/// <summary>Statements on the lineage tables (etl.Batch, etl.Reject, etl.Watermark).</summary>
public static class BatchStatements
{
    private const string InsertColumns = """
        INSERT INTO etl.Batch (Source, Entity, FileName, ContentHash, StartedAtUtc, FinishedAtUtc, RowsRead, RowsLoaded, RowsRejected,
            RowsDuplicate, Status, ErrorMessage, LakePath)
        """;

    /// <summary>How many loaded batches (succeeded or since replaced) have this source, entity and content hash.</summary>
    public static readonly LoadStatement CountLoaded = new("Batch.CountLoaded", """
        SELECT COUNT(*) FROM etl.Batch
        WHERE Source = @Source AND Entity = @Entity AND ContentHash = @ContentHash AND Status IN ('Succeeded', 'Replaced');
        """);

    /// <summary>Inserts a batch row and returns its id (the one statement whose syntax differs: OUTPUT vs RETURNING).</summary>
    public static readonly LoadStatement Insert = new("Batch.Insert",
        $"""
        {InsertColumns}
        OUTPUT INSERTED.BatchId
        VALUES (@Source, @Entity, @FileName, @ContentHash, @Now, @FinishedAtUtc, @RowsRead, @RowsLoaded, @RowsRejected, @RowsDuplicate,
            @Status, @ErrorMessage, @LakePath);
        """,
        $"""
        {InsertColumns}
        VALUES (@Source, @Entity, @FileName, @ContentHash, @Now, @FinishedAtUtc, @RowsRead, @RowsLoaded, @RowsRejected, @RowsDuplicate,
            @Status, @ErrorMessage, @LakePath)
        RETURNING BatchId;
        """);

    /// <summary>The latest earlier succeeded batch of the same file name (the one a corrected file replaces).</summary>
    public static readonly LoadStatement FindReplaced = new("Batch.FindReplaced", """
        SELECT MAX(BatchId) FROM etl.Batch
        WHERE Source = @Source AND Entity = @Entity AND FileName = @ReplacesFileName AND Status = 'Succeeded' AND BatchId <> @BatchId;
        """);

    /// <summary>Marks the earlier batches of the same file name as replaced.</summary>
    public static readonly LoadStatement MarkReplaced = new("Batch.MarkReplaced", """
        UPDATE etl.Batch SET Status = 'Replaced'
        WHERE Source = @Source AND Entity = @Entity AND FileName = @ReplacesFileName AND Status = 'Succeeded' AND BatchId <> @BatchId;
        """);

    /// <summary>Marks the batch succeeded with its counts.</summary>
    public static readonly LoadStatement Finish = new("Batch.Finish", """
        UPDATE etl.Batch
        SET Status = 'Succeeded', FinishedAtUtc = @Now, RowsRead = @RowsRead, RowsLoaded = @RowsLoaded, RowsRejected = @RowsRejected,
            RowsDuplicate = @RowsDuplicate, FieldWarnings = @FieldWarnings, ReplacesBatchId = @ReplacesBatchId
        WHERE BatchId = @BatchId;
        """);

    /// <summary>Records one extract reject.</summary>
    public static readonly LoadStatement InsertReject = new("Batch.InsertReject", """
        INSERT INTO etl.Reject (BatchId, RowNumber, FieldName, Reason, RawRow, RejectedAtUtc)
        VALUES (@BatchId, @RowNumber, @FieldName, @Reason, @RawRow, @Now);
        """);

    /// <summary>The stored high-water mark of a database entity.</summary>
    public static readonly LoadStatement ReadWatermark = new("Batch.ReadWatermark", """
        SELECT WatermarkValue FROM etl.Watermark WHERE Source = @Source AND Entity = @Entity;
        """);

    /// <summary>Removes the old high-water mark (then <see cref="InsertWatermark"/>; no MERGE).</summary>
    public static readonly LoadStatement DeleteWatermark = new("Batch.DeleteWatermark", """
        DELETE FROM etl.Watermark WHERE Source = @Source AND Entity = @Entity;
        """);

    /// <summary>Stores the new high-water mark in the batch transaction.</summary>
    public static readonly LoadStatement InsertWatermark = new("Batch.InsertWatermark", """
        INSERT INTO etl.Watermark (Source, Entity, WatermarkValue, UpdatedAtUtc, BatchId)
        VALUES (@Source, @Entity, @Watermark, @Now, @BatchId);
        """);

    /// <summary>Every statement.</summary>
    public static IReadOnlyList<LoadStatement> All { get; } =
        [CountLoaded, Insert, FindReplaced, MarkReplaced, Finish, InsertReject, ReadWatermark, DeleteWatermark, InsertWatermark];
}
