namespace CrmInsights.Warehouse.ReferenceData;

/// <summary>
/// Reference rows for one table (unknown members, static codes, the date dimension). The single
/// definition behind both the dacpac's post-deployment script and the DuckDB seed.
/// </summary>
/// <param name="Schema">Schema name.</param>
/// <param name="Name">Table name.</param>
/// <param name="Columns">The columns given a value; the others take their default or NULL.</param>
/// <param name="KeyColumn">The key column: a row is inserted only when its key is absent.</param>
/// <param name="IsIdentityKey">True when the key is an IDENTITY column (SQL Server needs IDENTITY_INSERT).</param>
/// <param name="Rows">The rows; values in <paramref name="Columns"/> order (int, short, byte, long, bool, string, DateOnly, DateTime, decimal or null).</param>
public sealed record SeedTable(
    string Schema,
    string Name,
    IReadOnlyList<string> Columns,
    string KeyColumn,
    bool IsIdentityKey,
    IReadOnlyList<object?[]> Rows)
{
    /// <summary>schema.name.</summary>
    public string FullName => $"{Schema}.{Name}";

    /// <summary>Position of <see cref="KeyColumn"/> in <see cref="Columns"/>.</summary>
    public int KeyIndex => Columns.ToList().IndexOf(KeyColumn);
}
