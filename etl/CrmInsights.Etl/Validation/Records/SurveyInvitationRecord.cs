namespace CrmInsights.Etl.Validation.Records;

/// <summary>survey/invitations row: one invitation to answer a survey (the denominator of the response rate).</summary>
public sealed record SurveyInvitationRecord : ICanonicalRecord
{
    /// <inheritdoc/>
    public long SourceRow { get; init; }
    /// <summary>invitation_id (required, natural key).</summary>
    public required string InvitationId { get; init; }
    /// <summary>sent_at (required).</summary>
    public DateTimeOffset SentAt { get; init; }
    /// <summary>survey_id: the survey the invitee is asked to answer.</summary>
    public string? SurveyId { get; init; }
    /// <summary>customer_id (this, loyalty_id or email required).</summary>
    public string? CustomerId { get; init; }
    /// <summary>loyalty_id: names the invitee when customer_id is blank.</summary>
    public string? LoyaltyId { get; init; }
    /// <summary>email, trimmed and lower-cased (this, customer_id or loyalty_id required).</summary>
    public string? Email { get; init; }
    /// <summary>channel the invitation went out on: email|sms|receipt.</summary>
    public string? Channel { get; init; }
}
