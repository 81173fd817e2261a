namespace CrmInsights.Demo.Streams;

/// <summary>One canonical email event before it is written.</summary>
internal readonly record struct EmailEvent(
    string EventId, bool UpperCaseAddress, long Timestamp, string Event, string CampaignId, string? Url, string? Reason, string? BounceType, bool? MachineOpen, bool Duplicate);
