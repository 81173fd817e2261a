namespace CrmInsights.Etl.Loading;

/// <summary>The batches <c>etl reprocess</c> loads again: by id, by the content of a file, or every file of a source's entity.</summary>
public static class ReprocessStatements
{
    private const string Columns = "SELECT BatchId, Source, Entity, FileName, ContentHash FROM etl.Batch";

    /// <summary>One batch.</summary>
    public static readonly LoadStatement ById = new("Reprocess.ById", $"""
        {Columns} WHERE BatchId = @BatchId AND Status = 'Succeeded';
        """);

    /// <summary>The current batches that loaded this content.</summary>
    public static readonly LoadStatement ByContent = new("Reprocess.ByContent", $"""
        {Columns} WHERE ContentHash = @ContentHash AND Status = 'Succeeded' ORDER BY BatchId;
        """);

    /// <summary>The current batches of a source's entity.</summary>
    public static readonly LoadStatement ByEntity = new("Reprocess.ByEntity", $"""
        {Columns} WHERE Source = @Source AND Entity = @Entity AND Status = 'Succeeded' ORDER BY BatchId;
        """);

    /// <summary>Every statement.</summary>
    public static IReadOnlyList<LoadStatement> All { get; } = [ById, ByContent, ByEntity];
}
