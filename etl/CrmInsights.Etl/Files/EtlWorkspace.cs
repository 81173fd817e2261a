namespace CrmInsights.Etl.Files;

/// <summary>The workspace folder layout shared by every verb (inbox, archive, quarantine, lake, rejects).</summary>
public sealed class EtlWorkspace
{
    /// <summary>Creates the layout rooted at <paramref name="root"/>.</summary>
    public EtlWorkspace(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    /// <summary>Absolute workspace root.</summary>
    public string Root { get; }

    /// <summary>inbox/&lt;source&gt;/ unless the source configures another folder inside the workspace.</summary>
    public string Inbox(string source, string? folder = null) =>
        Inside(folder is null ? Path.Combine("inbox", PathSafety.Name(source)) : folder);

    /// <summary>archive/&lt;source&gt;/&lt;yyyy&gt;/&lt;mm&gt;/&lt;dd&gt;/.</summary>
    public string Archive(string source, DateOnly date) =>
        Inside(Path.Combine("archive", PathSafety.Name(source), date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
            date.ToString("MM", System.Globalization.CultureInfo.InvariantCulture), date.ToString("dd", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>quarantine/&lt;source&gt;/.</summary>
    public string Quarantine(string source) => Inside(Path.Combine("quarantine", PathSafety.Name(source)));

    /// <summary>lake/&lt;source&gt;/&lt;entity&gt;/&lt;yyyy-MM-dd&gt;/.</summary>
    public string Lake(string source, string entity, DateOnly date) =>
        Inside(Path.Combine("lake", PathSafety.Name(source), PathSafety.Name(entity), date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>lake/&lt;source&gt;/&lt;entity&gt;/ (all dates).</summary>
    public string LakeEntity(string source, string entity) =>
        Inside(Path.Combine("lake", PathSafety.Name(source), PathSafety.Name(entity)));

    /// <summary>rejects/&lt;source&gt;/.</summary>
    public string Rejects(string source) => Inside(Path.Combine("rejects", PathSafety.Name(source)));

    /// <summary>Resolves a relative path and refuses anything that escapes the workspace.</summary>
    public string Inside(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        var rootWithSep = Root.EndsWith(Path.DirectorySeparatorChar) ? Root : Root + Path.DirectorySeparatorChar;
        return full.StartsWith(rootWithSep, StringComparison.Ordinal) || full == Root
            ? full
            : throw new ArgumentException($"The path '{relative}' leads outside the workspace '{Root}'.", nameof(relative));
    }
}
