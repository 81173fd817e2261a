namespace CrmInsights.Etl.Validation.Records;

/// <summary>pos/stores row.</summary>
public sealed record StoreRecord : ICanonicalRecord
{
    /// <inheritdoc/>
    public long SourceRow { get; init; }
    /// <summary>store_id (required).</summary>
    public required string StoreId { get; init; }
    /// <summary>name (required).</summary>
    public required string Name { get; init; }
    /// <summary>channel: store or online (required).</summary>
    public required string Channel { get; init; }
    /// <summary>city.</summary>
    public string? City { get; init; }
    /// <summary>region.</summary>
    public string? Region { get; init; }
    /// <summary>country.</summary>
    public string? Country { get; init; }
    /// <summary>opened_on.</summary>
    public DateOnly? OpenedOn { get; init; }
}
