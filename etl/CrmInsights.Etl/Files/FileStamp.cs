namespace CrmInsights.Etl.Files;

/// <summary>
/// A file's size and modification time, as the inbox's stability check saw them. Compared again before a file's batch is
/// loaded and before the file is archived: a writer that paused longer than <c>Etl:StableFor</c> and resumed changes them.
/// </summary>
/// <param name="Length">Size in bytes (-1 when the file is gone).</param>
/// <param name="LastWriteUtc">Modification time.</param>
public readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
{
    /// <summary>The stamp the inbox recorded when it found the file ready.</summary>
    public static FileStamp Of(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new FileStamp(file.Length, file.LastWriteUtc);
    }

    /// <summary>The file's stamp now.</summary>
    public static FileStamp Now(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : new FileStamp(-1, default);
    }
}
