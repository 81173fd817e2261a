namespace CrmInsights.Etl.Loading;

/// <summary>
/// What a run asks to finish what a killed run started, so a re-run records what a clean run would have recorded once.
/// </summary>
public static class ResumeStatements
{
    /// <summary>How many quarantine records this file (name and content) has: a kill between the record and the move leaves it in the inbox.</summary>
    public static readonly LoadStatement CountQuarantined = new("Batch.CountQuarantined", """
        SELECT COUNT(*) FROM etl.Batch
        WHERE Source = @Source AND Entity = @Entity AND FileName = @FileName AND ContentHash = @ContentHash
          AND Status = 'Failed' AND ErrorMessage LIKE 'Quarantined:%';
        """);

    /// <summary>How many loaded batches carry this file's name and content (a file loaded and never archived has one).</summary>
    public static readonly LoadStatement CountLoadedAs = new("Batch.CountLoadedAs", """
        SELECT COUNT(*) FROM etl.Batch
        WHERE Source = @Source AND Entity = @Entity AND FileName = @FileName AND ContentHash = @ContentHash AND Status IN ('Succeeded', 'Replaced');
        """);

    /// <summary>Every statement (for the catalogue).</summary>
    public static IReadOnlyList<LoadStatement> All { get; } = [CountQuarantined, CountLoadedAs];
}
