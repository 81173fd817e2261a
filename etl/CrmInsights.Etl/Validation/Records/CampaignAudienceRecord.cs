namespace CrmInsights.Etl.Validation.Records;

/// <summary>
/// email/audiences row: one address a campaign was meant for and its group, as an email tool's holdout export has it
/// (treatment = sent the campaign, control = held out on purpose, sent nothing). The uplift compares the two.
/// </summary>
public sealed record CampaignAudienceRecord : ICanonicalRecord
{
    /// <inheritdoc/>
    public long SourceRow { get; init; }
    /// <summary>campaign_id (required; natural key with email).</summary>
    public required string CampaignId { get; init; }
    /// <summary>email, trimmed and lower-cased (required; natural key with campaign_id).</summary>
    public required string Email { get; init; }
    /// <summary>group: treatment|control (required).</summary>
    public required string Group { get; init; }
    /// <summary>customer_id: names the member when the tool knows it; else the address does.</summary>
    public string? CustomerId { get; init; }
}
