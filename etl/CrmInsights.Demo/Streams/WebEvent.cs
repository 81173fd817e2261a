namespace CrmInsights.Demo.Streams;

/// <summary>One canonical web event (GA4 flat fields) before it is written.</summary>
internal struct WebEvent
{
    public long TimestampMicros;
    public string Name;
    public string PseudoId;
    public string? UserId;
    public long SessionId;
    public string Page;
    public string? Referrer;
    public string Source;
    public string Medium;
    public string? Campaign;
    public string Device;
    public string? TransactionId;
    public decimal? Value;
    public int? EngagementMsec;
}
