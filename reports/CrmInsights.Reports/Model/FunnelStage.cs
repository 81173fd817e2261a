namespace CrmInsights.Reports.Model;

/// <summary>A stage of the email funnel (Sent, Delivered, Opened, Clicked, Purchased), in order.</summary>
public sealed record FunnelStage(string Name, long Count);
