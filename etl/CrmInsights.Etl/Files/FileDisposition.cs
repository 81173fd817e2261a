using System.Text;

namespace CrmInsights.Etl.Files;

/// <summary>Moves a processed file out of the inbox: to the archive after its batch commits, or to quarantine when unreadable. Never deletes, never overwrites.</summary>
public sealed class FileDisposition(EtlWorkspace workspace, TimeProvider time)
{
    /// <summary>Moves the file (and its .done marker) to archive/&lt;source&gt;/&lt;yyyy&gt;/&lt;mm&gt;/&lt;dd&gt;/ (UTC date of archiving); returns the new path.</summary>
    public string Archive(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var dir = workspace.Archive(file.Source, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return MoveWithMarker(file, dir);
    }

    /// <summary>Moves the file (and its .done marker) to quarantine/&lt;source&gt;/ and writes &lt;file&gt;.reason.txt beside it; returns the new path.</summary>
    public string Quarantine(SourceFile file, string reason)
    {
        ArgumentNullException.ThrowIfNull(file);
        var dir = workspace.Quarantine(file.Source);
        var target = MoveWithMarker(file, dir);
        var text = new StringBuilder()
            .AppendLine($"File: {file.Name}")
            .AppendLine($"Source: {file.Source}")
            .AppendLine($"Quarantined (UTC): {time.GetUtcNow():O}")
            .AppendLine($"Reason: {reason}")
            .ToString();
        File.WriteAllText(target + ".reason.txt", text, new UTF8Encoding(false));
        return target;
    }

    private static string MoveWithMarker(SourceFile file, string dir)
    {
        Directory.CreateDirectory(dir);
        var target = PathSafety.Unique(dir, file.Name);
        File.Move(file.FullPath, target, overwrite: false);
        if (file.MarkerPath is not null && File.Exists(file.MarkerPath))
        {
            File.Move(file.MarkerPath, PathSafety.Unique(dir, Path.GetFileName(target) + ".done"), overwrite: false);
        }

        return target;
    }
}
