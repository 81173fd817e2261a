namespace CrmInsights.Warehouse.Foundation;

/// <summary>
/// The folder layout every verb shares. One workspace holds the inbox, archive, quarantine,
/// lake, rejects, the embedded warehouse file and the report output, so an operator can see
/// everything the pipeline touched in one place.
/// </summary>
public sealed record WorkspacePaths(string Root)
{
    /// <summary>Creates the layout for <paramref name="root"/>, made absolute.</summary>
    public static WorkspacePaths At(string root) => new(Path.GetFullPath(root));

    public string Inbox => Path.Combine(Root, "inbox");
    public string Archive => Path.Combine(Root, "archive");
    public string Quarantine => Path.Combine(Root, "quarantine");
    public string Lake => Path.Combine(Root, "lake");
    public string Rejects => Path.Combine(Root, "rejects");
    public string Out => Path.Combine(Root, "out");
    public string Outbox => Path.Combine(Root, "outbox");
    public string WarehouseFile => Path.Combine(Root, "warehouse.duckdb");
    public string SettingsFile => Path.Combine(Root, "appsettings.json");

    public string InboxOf(string source) => Path.Combine(Inbox, SafeName(source));
    public string ArchiveOf(string source) => Path.Combine(Archive, SafeName(source));
    public string QuarantineOf(string source) => Path.Combine(Quarantine, SafeName(source));
    public string RejectsOf(string source) => Path.Combine(Rejects, SafeName(source));

    /// <summary>
    /// A name from configuration or from a file becomes one path segment and nothing more:
    /// separators, traversal and invalid characters are refused rather than silently changed.
    /// </summary>
    public static string SafeName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name is "." or ".." || name.IndexOfAny(['/', '\\']) >= 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"'{name}' is not a valid single path segment.", nameof(name));
        }
        return name;
    }
}
