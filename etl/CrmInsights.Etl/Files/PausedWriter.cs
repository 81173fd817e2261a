using System.Globalization;

namespace CrmInsights.Etl.Files;

/// <summary>
/// The reasons given when a writer paused longer than <c>Etl:StableFor</c>, so a file was taken before it was complete:
/// it changed after it was found ready (it is then not loaded, or not archived), or the rest of it arrived as a new file
/// of the same name without the header. One advice for all: write to a temporary name and rename into place.
/// </summary>
public static class PausedWriter
{
    /// <summary>What a writer should do instead (the inbox skips names ending .part or .tmp, and names starting with '.').</summary>
    public const string Advice =
        "Write each file under a temporary name (NAME.part, or a name starting with '.', which the inbox does not take) and rename it into place when it is complete, or raise Etl:StableFor above the writer's longest pause";

    /// <summary>The file changed between being found ready and being loaded: nothing was loaded.</summary>
    public static string ChangedBeforeLoad(SourceFile file, FileStamp ready, FileStamp now, TimeSpan stableFor) =>
        $"Still being written: {file.Name} changed after it was found ready ({Describe(ready)} -> {Describe(now)}), so nothing of it was loaded; " +
        $"it stays in the inbox and is loaded when it has been unchanged for Etl:StableFor ({Seconds(stableFor)}). {Advice}.";

    /// <summary>The file changed after its batch read it: the batch holds what was read; the file stays to be loaded again.</summary>
    public static string ChangedAfterLoad(SourceFile file, long batchId, FileStamp ready, FileStamp now, TimeSpan stableFor) =>
        $"{file.Name} changed after batch {batchId} read it ({Describe(ready)} -> {Describe(now)}): a writer paused longer than Etl:StableFor ({Seconds(stableFor)}). " +
        $"It was not archived: the next run loads the whole file again under the same name, which replaces batch {batchId}'s rows as a corrected file. {Advice}.";

    /// <summary>Said of a file without its header whose name an archived file already has.</summary>
    public static string Continuation(string archivedRelativePath, TimeSpan stableFor) =>
        $"It looks like the continuation of {archivedRelativePath} (same name, and its first line is not a header): a writer paused longer than Etl:StableFor ({Seconds(stableFor)}), " +
        $"so the first part was loaded and archived and the rest arrived as this file. {Advice}; then deliver the whole file again under its name, which replaces the partial batch as a corrected file.";

    private static string Describe(FileStamp s) =>
        s.Length < 0 ? "gone" : string.Create(CultureInfo.InvariantCulture, $"{s.Length} bytes, modified {s.LastWriteUtc:yyyy-MM-dd HH:mm:ss}Z");

    private static string Seconds(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.###} s");
}
