namespace CrmInsights.Etl.Validation;

/// <summary>A canonical entity: its source kind, name, fields and natural key.</summary>
/// <param name="Kind">The entity.</param>
/// <param name="SourceKind">pos, web, email or survey.</param>
/// <param name="Name">Entity name used in file names, lake paths and config (e.g. order_lines).</param>
/// <param name="Fields">Canonical fields in SOURCES.md order.</param>
/// <param name="NaturalKey">Fields whose values identify a row; repeats within a file are duplicates.</param>
public sealed record EntityInfo(
    EntityKind Kind,
    string SourceKind,
    string Name,
    IReadOnlyList<CanonicalField> Fields,
    IReadOnlyList<string> NaturalKey)
{
    /// <summary>Finds a field by canonical name.</summary>
    public CanonicalField? Field(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
