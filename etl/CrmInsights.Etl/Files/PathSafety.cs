using System.Text;

namespace CrmInsights.Etl.Files;

/// <summary>Turns untrusted names (file names, source/entity names) into safe single path segments.</summary>
public static class PathSafety
{
    /// <summary>
    /// A file-name segment with only letters, digits, '.', '-', '_' (others become '_'), no leading dots,
    /// no "..", at most 200 characters; never empty.
    /// </summary>
    public static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var justName = name.Replace('\\', '/');
        justName = justName[(justName.LastIndexOf('/') + 1)..];
        var sb = new StringBuilder(justName.Length);
        foreach (var c in justName)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var s = sb.ToString();
        while (s.Contains("..", StringComparison.Ordinal))
        {
            s = s.Replace("..", ".", StringComparison.Ordinal);
        }

        s = s.TrimStart('.');
        if (s.Length > 200)
        {
            s = s[..200];
        }

        return s.Length == 0 ? "_" : s;
    }

    /// <summary>A path in <paramref name="directory"/> for <paramref name="fileName"/> that does not exist yet: adds <c>~1</c>, <c>~2</c>… before the extension.</summary>
    public static string Unique(string directory, string fileName)
    {
        var safe = Name(fileName);
        var stem = Path.GetFileNameWithoutExtension(safe);
        var ext = Path.GetExtension(safe);
        var candidate = Path.Combine(directory, safe);
        for (var i = 1; File.Exists(candidate) || File.Exists(candidate + ".reason.txt"); i++)
        {
            candidate = Path.Combine(directory, $"{stem}~{i}{ext}");
        }

        return candidate;
    }
}
