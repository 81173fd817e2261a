namespace CrmInsights.Etl.Validation.Records;

/// <summary>email/campaigns row.</summary>
public sealed record CampaignRecord : ICanonicalRecord
{
    /// <inheritdoc/>
    public long SourceRow { get; init; }
    /// <summary>campaign_id (required).</summary>
    public required string CampaignId { get; init; }
    /// <summary>name (required).</summary>
    public required string Name { get; init; }
    /// <summary>subject.</summary>
    public string? Subject { get; init; }
    /// <summary>sent_at.</summary>
    public DateTimeOffset? SentAt { get; init; }
    /// <summary>segment.</summary>
    public string? Segment { get; init; }
    /// <summary>cost.</summary>
    public decimal? Cost { get; init; }
}
