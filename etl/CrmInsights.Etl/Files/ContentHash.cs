using System.Security.Cryptography;

namespace CrmInsights.Etl.Files;

/// <summary>The content hash of an inbox file (lower-case hex SHA-256): what "loaded before" and a batch's identity compare.</summary>
public static class ContentHash
{
    /// <summary>Hashes the file's bytes, streamed.</summary>
    public static async Task<string> OfFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(s, cancellationToken));
    }
}
