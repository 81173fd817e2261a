using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Validation;

/// <summary>
/// Detects repeated natural keys within one file (first wins). Keys are kept as 128-bit digests
/// (SHA-256 truncated), about 40 bytes per distinct key: ~40 MB per million rows, the one
/// per-file structure that grows with the file.
/// </summary>
internal sealed class NaturalKey(EntityInfo entity)
{
    private const int StackBytes = 512;

    private readonly HashSet<UInt128> _seen = [];

    /// <summary>True the first time a record's key is seen; false for a duplicate.</summary>
    public bool Add(ICanonicalRecord record)
    {
        // The key's fields come from the entity (EntityInfo.NaturalKey). A customer changed twice in one period appears twice
        // in a weekly or monthly file: each (customer_id, updated_at) is a version of its own, and only an exact repeat is a
        // duplicate; instants compare in milliseconds, as the warehouse stores them.
        var key = entity.KeyOf(record);
        // The key's UTF-8 bytes on the stack (a pooled buffer for a long one): no byte array per row.
        var max = Encoding.UTF8.GetMaxByteCount(key.Length);
        byte[]? rented = max > StackBytes ? ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> bytes = rented is null ? stackalloc byte[StackBytes] : rented;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes[..Encoding.UTF8.GetBytes(key, bytes)], hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return _seen.Add(new UInt128(BitConverter.ToUInt64(hash), BitConverter.ToUInt64(hash[8..])));
    }
}
