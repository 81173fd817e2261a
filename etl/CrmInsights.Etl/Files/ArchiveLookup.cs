using System.Security.Cryptography;

namespace CrmInsights.Etl.Files;

/// <summary>
/// Whether a file's content is already in the archive under its name (or the <c>~N</c> names <see cref="PathSafety.Unique"/>
/// gives). A file whose content is loaded but not archived was left in the inbox by a run killed between its batch's
/// commit and the move: the next run only finishes the move, as the killed run would have, and records nothing new.
/// The same file delivered again after it was archived is a re-delivery, recorded as skipped.
/// </summary>
public static class ArchiveLookup
{
    /// <summary>True when archive/&lt;source&gt;/ holds a file of this name with this SHA-256.</summary>
    public static bool Holds(EtlWorkspace workspace, SourceFile file, string contentHash)
    {
        foreach (var path in Named(workspace, file))
        {
            using var stream = File.OpenRead(path);
            if (string.Equals(Convert.ToHexStringLower(SHA256.HashData(stream)), contentHash, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The workspace-relative path of the latest archived file of this name, if any (any content).</summary>
    public static string? LatestNamed(EtlWorkspace workspace, SourceFile file) =>
        Named(workspace, file).OrderByDescending(File.GetLastWriteTimeUtc).Select(p => Path.GetRelativePath(workspace.Root, p).Replace('\\', '/')).FirstOrDefault();

    // The archived files of this name: the name itself, or the ~N names PathSafety.Unique gave when the name was taken.
    private static IEnumerable<string> Named(EtlWorkspace workspace, SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(file);
        var root = workspace.Inside(Path.Combine("archive", PathSafety.Name(file.Source)));
        if (!Directory.Exists(root))
        {
            yield break;
        }

        var safe = PathSafety.Name(file.Name);
        var stem = Path.GetFileNameWithoutExtension(safe);
        var ext = Path.GetExtension(safe);
        foreach (var path in Directory.EnumerateFiles(root, stem + "*" + ext, SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(path);
            if (name == safe || (name.StartsWith(stem + "~", StringComparison.Ordinal) && name.EndsWith(ext, StringComparison.Ordinal)))
            {
                yield return path;
            }
        }
    }
}
