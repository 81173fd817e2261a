namespace CrmInsights.Etl.Validation.Records;

/// <summary>web/events row (GA4 model).</summary>
public sealed record WebEventRecord : ICanonicalRecord
{
    /// <inheritdoc/>
    public long SourceRow { get; init; }
    /// <summary>event_timestamp: microseconds since the Unix epoch, UTC (required).</summary>
    public long EventTimestamp { get; init; }
    /// <summary>event_name (required).</summary>
    public required string EventName { get; init; }
    /// <summary>user_pseudo_id (required).</summary>
    public required string UserPseudoId { get; init; }
    /// <summary>user_id (= customer_id when logged in).</summary>
    public string? UserId { get; init; }
    /// <summary>ga_session_id (required).</summary>
    public long GaSessionId { get; init; }
    /// <summary>page_location.</summary>
    public string? PageLocation { get; init; }
    /// <summary>page_referrer.</summary>
    public string? PageReferrer { get; init; }
    /// <summary>source.</summary>
    public string? Source { get; init; }
    /// <summary>medium.</summary>
    public string? Medium { get; init; }
    /// <summary>campaign.</summary>
    public string? Campaign { get; init; }
    /// <summary>device_category.</summary>
    public string? DeviceCategory { get; init; }
    /// <summary>country.</summary>
    public string? Country { get; init; }
    /// <summary>transaction_id.</summary>
    public string? TransactionId { get; init; }
    /// <summary>value.</summary>
    public decimal? Value { get; init; }
    /// <summary>engagement_time_msec.</summary>
    public long? EngagementTimeMsec { get; init; }

    /// <summary>The event time as an instant (from <see cref="EventTimestamp"/>).</summary>
    public DateTimeOffset EventTime => DateTimeOffset.UnixEpoch.AddTicks(EventTimestamp * 10);
}
