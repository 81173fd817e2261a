using System.Security.Cryptography;
using System.Text;

namespace CrmInsights.Warehouse.Schema;

/// <summary>
/// A SHA-256 (lower-case hex) that changes whenever what an ensure-schema run would do can change: the schema
/// files (names and text) and the build of this assembly, which holds the DuckDB DDL generator, its type map and
/// the reference rows. Those are code, so the assembly's module version id stands for them: a new build re-runs the
/// (idempotent) upgrade once per warehouse, and nobody has to remember to bump a generator version.
/// Computing it reads the embedded resources only; it never builds the DacFx model.
/// </summary>
public static class SchemaFingerprint
{
    /// <summary>The value of <c>etl.SchemaFingerprint.Engine</c> for the embedded DuckDB file.</summary>
    public const string DuckDbEngine = "duckdb";

    private static readonly string Generator = "crm-insights-schema/" + typeof(SchemaFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The fingerprint of <paramref name="scripts"/> applied by this build.</summary>
    public static string Compute(IReadOnlyList<SchemaScript> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, Generator);
        // Order-independent input: the same files in another order are the same model.
        foreach (var script in scripts.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            Append(hash, script.Name);
            Append(hash, script.Text);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // Length-prefixed so that moving text between a name and its content changes the hash.
    private static void Append(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
