namespace CrmInsights.Etl.Validation.Records;

/// <summary>email/events row (at-least-once delivery: event_id dedupes).</summary>
public sealed record EmailEventRecord : ICanonicalRecord
{
    /// <inheritdoc/>
    public long SourceRow { get; init; }
    /// <summary>event_id (required).</summary>
    public required string EventId { get; init; }
    /// <summary>email, trimmed and lower-cased (required).</summary>
    public required string Email { get; init; }
    /// <summary>timestamp (from Unix seconds; required).</summary>
    public DateTimeOffset Timestamp { get; init; }
    /// <summary>event: processed|delivered|deferred|bounce|dropped|open|click|unsubscribe|spamreport (required).</summary>
    public required string Event { get; init; }
    /// <summary>campaign_id.</summary>
    public string? CampaignId { get; init; }
    /// <summary>url.</summary>
    public string? Url { get; init; }
    /// <summary>reason.</summary>
    public string? Reason { get; init; }
    /// <summary>bounce_type: hard|soft.</summary>
    public string? BounceType { get; init; }
    /// <summary>machine_open: a privacy proxy opened it.</summary>
    public bool? MachineOpen { get; init; }
}
