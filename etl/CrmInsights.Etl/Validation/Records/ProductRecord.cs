namespace CrmInsights.Etl.Validation.Records;

/// <summary>pos/products row.</summary>
public sealed record ProductRecord : ICanonicalRecord
{
    /// <inheritdoc/>
    public long SourceRow { get; init; }
    /// <summary>sku (required).</summary>
    public required string Sku { get; init; }
    /// <summary>name (required).</summary>
    public required string Name { get; init; }
    /// <summary>category.</summary>
    public string? Category { get; init; }
    /// <summary>subcategory.</summary>
    public string? Subcategory { get; init; }
    /// <summary>brand.</summary>
    public string? Brand { get; init; }
    /// <summary>unit_cost.</summary>
    public decimal? UnitCost { get; init; }
    /// <summary>list_price.</summary>
    public decimal? ListPrice { get; init; }
    /// <summary>updated_at.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
