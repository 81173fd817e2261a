using System.Collections.Concurrent;
using CrmInsights.Etl.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmInsights.Etl.Files;

/// <summary>
/// Inbox readiness. A file is taken when its <c>.done</c> marker exists (sources with <c>ReadyMarker</c>), or when its
/// size and modification time are unchanged across <c>StableFor</c>: either because this inbox saw the same size and
/// time at least that long ago, or because the file's modification time is already that old and its size did not
/// change during this check.
/// </summary>
/// <remarks>What else an inbox folder may hold (links, sub-folders, hidden files) follows <see cref="InboxEntries"/>.</remarks>
public sealed class FileInbox(EtlWorkspace workspace, IOptions<EtlOptions> options, TimeProvider time, ILogger<FileInbox>? logger = null) : IInbox
{
    private const string MarkerSuffix = ".done";
    private readonly ConcurrentDictionary<string, (long Length, DateTime LastWrite, DateTimeOffset SeenAt)> _seen = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public IReadOnlyList<SourceFile> ListReadyFiles(string source)
    {
        var o = options.Value;
        var src = o.GetSource(source);
        var folder = workspace.Inbox(source, src.Folder);
        if (!Directory.Exists(folder) || !InboxEntries.Report(source, folder, logger))
        {
            return [];
        }

        var ready = new List<SourceFile>();
        foreach (var path in Directory.EnumerateFiles(folder, src.FilePattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (IsAuxiliary(name))
            {
                continue;
            }

            var info = new FileInfo(path);
            var entity = EntityNaming.EntityOf(src, name);
            if (InboxEntries.IsLink(path))
            {
                // Taken at once, never opened: the pipeline quarantines the link itself.
                ready.Add(new SourceFile(source, entity, info.FullName, 0, default) { Refusal = InboxEntries.LinkReason });
                continue;
            }

            if (src.ReadyMarker)
            {
                var marker = path + MarkerSuffix;
                if (File.Exists(marker))
                {
                    ready.Add(new SourceFile(source, entity, info.FullName, info.Length, info.LastWriteTimeUtc, marker));
                }

                continue;
            }

            if (IsStable(info, o.StableFor))
            {
                ready.Add(new SourceFile(source, entity, info.FullName, info.Length, info.LastWriteTimeUtc));
            }
        }

        return ready;
    }

    private bool IsStable(FileInfo info, TimeSpan stableFor)
    {
        var now = time.GetUtcNow();
        var current = (info.Length, info.LastWriteTimeUtc);
        if (_seen.TryGetValue(info.FullName, out var seen) && (seen.Length, seen.LastWrite) == current)
        {
            if (now - seen.SeenAt >= stableFor)
            {
                _seen.TryRemove(info.FullName, out _);
                return true;
            }

            return false;
        }

        if (now - new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero) >= stableFor)
        {
            // Old modification time: confirm the size is not moving right now before taking it.
            info.Refresh();
            if ((info.Length, info.LastWriteTimeUtc) == current)
            {
                return true;
            }
        }

        _seen[info.FullName] = (info.Length, info.LastWriteTimeUtc, now);
        return false;
    }

    private static bool IsAuxiliary(string name) =>
        name.StartsWith('.')
        || name.EndsWith(MarkerSuffix, StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".reason.txt", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase);
}
