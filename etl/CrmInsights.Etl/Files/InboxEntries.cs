using Microsoft.Extensions.Logging;

namespace CrmInsights.Etl.Files;

/// <summary>
/// The one rule for what an inbox folder holds. Only regular files directly in <c>inbox/&lt;source&gt;/</c> are read. A
/// symbolic link (to a file or a folder, inside or outside the workspace) is never followed: it is quarantined as itself
/// with a reason that names only the link (nothing of what it points at is read or copied). Sub-folders and hidden files
/// (names starting with '.', which writers use for files in progress) are left where they are and reported with a warning
/// on every run that finds them, naming the entry and what to do. An inbox folder that is itself a link is not read.
/// </summary>
public static partial class InboxEntries
{
    /// <summary>The reason recorded for a link (what is quarantined is the link; its target is not opened).</summary>
    public const string LinkReason =
        "The inbox entry is a symbolic link. Links are never followed, so nothing it points at was read; copy the file itself into the inbox.";

    /// <summary>True when <paramref name="path"/> is a symbolic link (dangling or not).</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>
    /// Reports (with <paramref name="logger"/>) the sub-folders and hidden files of <paramref name="folder"/> that are not
    /// taken; returns false when the folder itself is a link and must not be read.
    /// </summary>
    public static bool Report(string source, string folder, ILogger? logger)
    {
        var directory = new DirectoryInfo(folder);
        if (directory.LinkTarget is not null)
        {
            if (logger is not null)
            {
                LogLinkedFolder(logger, source, folder);
            }

            return false;
        }

        if (logger is null)
        {
            return true;
        }

        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo && entry.LinkTarget is not null)
            {
                LogLinkedSubfolder(logger, source, entry.Name);
            }
            else if (entry is DirectoryInfo)
            {
                LogSubfolder(logger, source, entry.Name);
            }
            else if (entry.Name.StartsWith('.') && entry is FileInfo)
            {
                LogHidden(logger, source, entry.Name);
            }
        }

        return true;
    }

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning,
        Message = "Not read: inbox/{Source}/{Name}/ is a sub-folder; only files directly in the source's inbox folder are loaded. Move its files up one level (sub-folders are never searched).")]
    private static partial void LogSubfolder(ILogger logger, string source, string name);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning,
        Message = "Not read: inbox/{Source}/{Name} is a hidden file (its name starts with '.', which marks a file still being written). Rename it without the leading '.' to load it.")]
    private static partial void LogHidden(ILogger logger, string source, string name);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Warning,
        Message = "Not read: inbox/{Source}/{Name} is a symbolic link to a folder; links are never followed. Remove the link and copy the files themselves into the inbox.")]
    private static partial void LogLinkedSubfolder(ILogger logger, string source, string name);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning,
        Message = "Not read: the inbox folder of source {Source} ({Folder}) is a symbolic link, and links are never followed. Make it a real folder inside the workspace (Etl:Sources:{Source}:Folder).")]
    private static partial void LogLinkedFolder(ILogger logger, string source, string folder);
}
