namespace CrmInsights.Etl.Validation.Records;

/// <summary>survey/responses row.</summary>
public sealed record SurveyResponseRecord : ICanonicalRecord
{
    /// <inheritdoc/>
    public long SourceRow { get; init; }
    /// <summary>response_id (required).</summary>
    public required string ResponseId { get; init; }
    /// <summary>recorded_at (required).</summary>
    public DateTimeOffset RecordedAt { get; init; }
    /// <summary>survey_id.</summary>
    public string? SurveyId { get; init; }
    /// <summary>customer_id (this, loyalty_id or email required).</summary>
    public string? CustomerId { get; init; }
    /// <summary>email, trimmed and lower-cased (this, customer_id or loyalty_id required).</summary>
    public string? Email { get; init; }
    /// <summary>touchpoint: store|web|email|phone.</summary>
    public string? Touchpoint { get; init; }
    /// <summary>nps 0-10.</summary>
    public int? Nps { get; init; }
    /// <summary>csat 1-5.</summary>
    public int? Csat { get; init; }
    /// <summary>ces 1-7.</summary>
    public int? Ces { get; init; }
    /// <summary>complaint.</summary>
    public bool? Complaint { get; init; }
    /// <summary>complaint_category.</summary>
    public string? ComplaintCategory { get; init; }
    /// <summary>resolved_at.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }
    /// <summary>comment: free text kept exactly as data.</summary>
    public string? Comment { get; init; }
    /// <summary>loyalty_id: names the respondent when customer_id is blank (one of customer_id, loyalty_id, email required).</summary>
    public string? LoyaltyId { get; init; }
}
