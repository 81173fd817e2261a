using Microsoft.Extensions.Options;

namespace CrmInsights.Analytics.Relationships;

/// <summary>
/// Assigns each customer exactly one relationship stage: the highest whose rule holds, each
/// rule evaluated on its own (a customer who gave feedback but never bought is Reactive).
/// </summary>
/// <remarks>
/// Windows end at the snapshot date inclusive: "within N days" means date &gt; asOf − N.
/// Proactive needs a purchase on a later date than a feedback in the window (same-day does not count,
/// since the order of events within a day is unknown). Partnership counts distinct order dates.
/// </remarks>
public sealed class RelationshipStageEvaluator
{
    private readonly RelationshipStageOptions _options;

    /// <summary>Creates an evaluator; the options are validated.</summary>
    public RelationshipStageEvaluator(RelationshipStageOptions options) => _options = OptionsValidation.ThrowIfInvalid(options);

    /// <summary>Creates an evaluator from bound options.</summary>
    public RelationshipStageEvaluator(IOptions<RelationshipStageOptions> options)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value)
    {
    }

    /// <summary>The customer's stage as of <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentException">A date lies after <paramref name="asOf"/> or a count is negative.</exception>
    public RelationshipStage Evaluate(CustomerRelationshipFacts facts, DateOnly asOf)
    {
        var holding = StagesHolding(facts, asOf);
        return holding.Count == 0 ? RelationshipStage.Prospect : holding.Max();
    }

    /// <summary>Every stage whose rule holds (for explanations); <see cref="Evaluate"/> takes the highest.</summary>
    public IReadOnlySet<RelationshipStage> StagesHolding(CustomerRelationshipFacts facts, DateOnly asOf)
    {
        Check(facts, asOf);
        var holding = new HashSet<RelationshipStage>();
        if (facts.OrderDates.Count >= _options.BasicMinOrders)
        {
            holding.Add(RelationshipStage.Basic);
        }

        if (facts.FeedbackDates.Count >= _options.ReactiveMinFeedback)
        {
            holding.Add(RelationshipStage.Reactive);
        }

        if (facts.FollowUpCount >= _options.AccountableMinFollowUps)
        {
            holding.Add(RelationshipStage.Accountable);
        }

        DateOnly? lastOrder = facts.OrderDates.Count == 0 ? null : facts.OrderDates.Max();
        var proactiveStart = asOf.AddDays(-_options.ProactiveWindowDays);
        if (lastOrder is { } last && facts.FeedbackDates.Any(f => f > proactiveStart && f < last))
        {
            holding.Add(RelationshipStage.Proactive);
        }

        var partnershipStart = asOf.AddDays(-_options.PartnershipWindowDays);
        int recentOrderDays = facts.OrderDates.Where(d => d > partnershipStart).Distinct().Count();
        if (recentOrderDays >= _options.PartnershipMinOrders
            && (facts.OptedIn || !_options.PartnershipRequiresOptIn)
            && facts.EngagementScore >= _options.PartnershipMinEngagementScore)
        {
            holding.Add(RelationshipStage.Partnership);
        }

        return holding;
    }

    private static void Check(CustomerRelationshipFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(facts.OrderDates, nameof(facts));
        ArgumentNullException.ThrowIfNull(facts.FeedbackDates, nameof(facts));
        if (facts.OrderDates.Concat(facts.FeedbackDates).Any(d => d > asOf))
        {
            throw new ArgumentException($"Customer {facts.CustomerKey} has an order or feedback dated after the snapshot date {asOf:yyyy-MM-dd}.", nameof(facts));
        }

        if (facts.FollowUpCount < 0)
        {
            throw new ArgumentException($"Customer {facts.CustomerKey} has a negative follow-up count {facts.FollowUpCount}.", nameof(facts));
        }
    }
}
