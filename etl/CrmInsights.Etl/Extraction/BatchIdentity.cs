namespace CrmInsights.Etl.Extraction;

/// <summary>Identity of a batch: source + entity + SHA-256 of the file bytes (or, for a database query, of the rows read).</summary>
/// <param name="Source">Configured source name.</param>
/// <param name="Entity">Entity name (e.g. order_lines).</param>
/// <param name="ContentHash">Lower-case hex SHA-256.</param>
public sealed record BatchIdentity(string Source, string Entity, string ContentHash)
{
    /// <summary>"source/entity/hash": the same content re-delivered has the same key.</summary>
    public string Key => $"{Source}/{Entity}/{ContentHash}";
}
