using CrmInsights.Etl.Files;

namespace CrmInsights.Etl.Loading;

/// <summary>
/// Landings no committed batch owns: a run killed (or a load that failed) after a file was landed and before its batch
/// committed leaves the Parquet file and its manifest in the lake, and the rejects and warnings files the manifest names,
/// while the source file stays in the inbox. When that file is extracted again its old landing is removed first, so the
/// lake holds exactly one landing per loaded batch and a replay never loads the same content twice. Only landings of
/// content that is not loaded (the caller has just asked the warehouse under the lock) and that is being landed again from
/// the inbox are removed: the data is never lost, because the source file is in hand.
/// </summary>
internal static class LakeOrphans
{
    /// <summary>Removes the landings of <paramref name="contentHash"/> for this source and entity; returns how many.</summary>
    public static async Task<int> RemoveAsync(EtlWorkspace workspace, string source, string entity, string contentHash, CancellationToken cancellationToken)
    {
        var folder = workspace.LakeEntity(source, entity);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList())
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith(".landing-", StringComparison.Ordinal) && name.EndsWith(".tmp", StringComparison.Ordinal))
            {
                // A landing being written when the run was killed (the lock says no writer is alive now).
                File.Delete(path);
                continue;
            }

            if (!name.StartsWith(contentHash, StringComparison.OrdinalIgnoreCase) || !name.EndsWith(LakeManifest.Suffix, StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                var manifest = await LakeManifest.ReadAsync(path, cancellationToken);
                foreach (var written in new[] { manifest.RejectsPath, manifest.WarningsPath }.OfType<string>())
                {
                    File.Delete(workspace.Inside(written));
                }
            }
            catch (Exception e) when (e is IOException or System.Text.Json.JsonException)
            {
                // An unreadable manifest of this content is removed all the same.
            }

            removed++;
        }

        // Parquet and manifest (and a manifest's temp file) last, named by the content hash.
        foreach (var path in Directory.EnumerateFiles(folder, contentHash + ".*", SearchOption.AllDirectories).ToList())
        {
            File.Delete(path);
        }

        return removed;
    }
}
