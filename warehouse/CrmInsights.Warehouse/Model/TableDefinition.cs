namespace CrmInsights.Warehouse.Model;

/// <summary>A table (or, with <see cref="IsView"/>, a view) as the model defines it.</summary>
/// <param name="Schema">Schema name.</param>
/// <param name="Name">Object name.</param>
/// <param name="IsView">True for views.</param>
/// <param name="Columns">Columns in ordinal order.</param>
/// <param name="PrimaryKey">Primary key columns (empty for views).</param>
/// <param name="UniqueKeys">Unique constraints, each a list of columns.</param>
/// <param name="Description">The MS_Description extended property.</param>
public sealed record TableDefinition(
    string Schema,
    string Name,
    bool IsView,
    IReadOnlyList<ColumnDefinition> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<IReadOnlyList<string>> UniqueKeys,
    string? Description)
{
    /// <summary>schema.name without brackets.</summary>
    public string FullName => $"{Schema}.{Name}";

    /// <summary>The column with the given name (case-insensitive).</summary>
    public ColumnDefinition Column(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"Column '{name}' is not in {FullName}.");
}
