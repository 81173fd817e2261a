namespace CrmInsights.Analytics.Clv;

/// <summary>One customer's predictive CLV figures.</summary>
/// <param name="CustomerKey">Customer surrogate key.</param>
/// <param name="ProbabilityAlive">BG/NBD P(alive) at the end of the observation period.</param>
/// <param name="ExpectedPurchases">Expected repeat purchases over the horizon (undiscounted).</param>
/// <param name="ExpectedAverageSpend">Gamma-Gamma expected spend per purchase; null when spend is unknown (no spend model, or the customer never spent).</param>
/// <param name="Clv">Discounted expected value over the horizon (margin applied when configured); null when spend is unknown.</param>
public sealed record CustomerClv(long CustomerKey, double ProbabilityAlive, double ExpectedPurchases, double? ExpectedAverageSpend, double? Clv);
