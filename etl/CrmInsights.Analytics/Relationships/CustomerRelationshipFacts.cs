namespace CrmInsights.Analytics.Relationships;

/// <summary>The per-customer facts the relationship stage rules read, as of a snapshot date.</summary>
/// <param name="CustomerKey">Customer surrogate key.</param>
/// <param name="OrderDates">Business dates of the customer's orders (any order, repeats allowed), none after the snapshot date.</param>
/// <param name="FeedbackDates">Dates of survey answers and complaints, none after the snapshot date.</param>
/// <param name="FollowUpCount">Complaints resolved plus surveys answered after a purchase.</param>
/// <param name="OptedIn">Currently opted in to marketing.</param>
/// <param name="EngagementScore">Customer engagement score 0–100; null when unknown (counts as not engaged).</param>
public sealed record CustomerRelationshipFacts(
    long CustomerKey,
    IReadOnlyList<DateOnly> OrderDates,
    IReadOnlyList<DateOnly> FeedbackDates,
    int FollowUpCount,
    bool OptedIn,
    double? EngagementScore);
