namespace CrmInsights.Analytics.Engagement;

/// <summary>A customer's latest engagement events as of a snapshot date; null where there was none.</summary>
/// <param name="CustomerKey">Customer surrogate key.</param>
/// <param name="LastWebSession">Date of the latest identified web session.</param>
/// <param name="LastEmailClick">Date of the latest email click.</param>
/// <param name="LastSurveyAnswer">Date of the latest survey answer.</param>
public sealed record EngagementFacts(long CustomerKey, DateOnly? LastWebSession, DateOnly? LastEmailClick, DateOnly? LastSurveyAnswer);
