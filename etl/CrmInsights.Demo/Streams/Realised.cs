namespace CrmInsights.Demo.Streams;

/// <summary>Counts of what was actually generated (clean rows only), written to the ground truth.</summary>
internal sealed class Realised
{
    public long Orders;
    public long OnlineOrders;
    public long AnonymousOrders;
    public long OrderLines;
    public long ReturnLines;
    public long CoPurchaseLines;
    public long DiscountedOrders;
    public long PointsEarned;
    public long PointsRedeemed;
    public decimal NetRevenue;
    public decimal IdentifiedNetSpend;
    public long RepeatPurchases;
    public long Dropouts;
    public long PunchCardNearRewardGaps;
    public long WebSessions;
    public long AnonymousSessions;
    public long WebEvents;
    public long PurchaseEvents;
    public long Campaigns;
    public long EmailProcessed;
    public long EmailSuppressed;
    public long EmailDelivered;
    public long EmailDeferred;
    public long EmailHardBounces;
    public long EmailSoftBounces;
    public long EmailHumanOpeners;
    public long EmailMachineOpens;
    public long EmailClickers;
    public long EmailUnsubscribes;
    public long EmailSpamReports;
    public long EmailEventLines;
    public long EmailDuplicateLines;
    public long SurveyResponses;
    public long SurveyInvitations;
    public long Complaints;
    public long ComplaintsUnresolved;
    public long CustomerRows;
    public long TierChanges;
    public long Moves;
    public long OptInChanges;
    public long Type1Corrections;
    public long ProductChanges;
    public readonly Dictionary<string, decimal> RevenueByMonth = new(StringComparer.Ordinal);
}
