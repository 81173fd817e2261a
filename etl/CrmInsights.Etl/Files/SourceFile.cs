namespace CrmInsights.Etl.Files;

/// <summary>A ready file in a source's inbox.</summary>
/// <param name="Source">Configured source name.</param>
/// <param name="Entity">Entity name from the file name (the part before the first '-'), e.g. order_lines.</param>
/// <param name="FullPath">Absolute path in the inbox.</param>
/// <param name="Length">Size in bytes when found ready.</param>
/// <param name="LastWriteUtc">Modification time when found ready.</param>
/// <param name="MarkerPath">The <c>.done</c> marker, when the source uses one (moved with the file).</param>
public sealed record SourceFile(string Source, string Entity, string FullPath, long Length, DateTime LastWriteUtc, string? MarkerPath = null)
{
    /// <summary>True for a copy of an archived file loaded again by <c>etl reprocess</c>: it lands beside the earlier lake file of the same content instead of reusing it.</summary>
    public bool Reprocessing { get; init; }

    /// <summary>Why the entry must not be read at all (a symbolic link); it is quarantined with this reason unopened.</summary>
    public string? Refusal { get; init; }

    /// <summary>File name without directory.</summary>
    public string Name => Path.GetFileName(FullPath);

    /// <summary>Entity name of an inbox file name: the part before the first '-' (or the whole stem).</summary>
    public static string EntityOf(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var dash = stem.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? stem[..dash] : stem).ToLowerInvariant();
    }
}
