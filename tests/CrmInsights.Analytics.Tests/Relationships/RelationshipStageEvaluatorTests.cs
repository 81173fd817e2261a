using CrmInsights.Analytics.Relationships;

namespace CrmInsights.Analytics.Tests.Relationships;

public class RelationshipStageEvaluatorTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);
    private static readonly RelationshipStageEvaluator Evaluator = new(new RelationshipStageOptions());

    private static DateOnly DaysAgo(int days) => AsOf.AddDays(-days);

    private static CustomerRelationshipFacts Facts(DateOnly[]? orders = null, DateOnly[]? feedback = null, int followUps = 0, bool optedIn = false, double? engagement = null) =>
        new(1, orders ?? [], feedback ?? [], followUps, optedIn, engagement);

    [Fact]
    public void Evaluate_NothingKnown_IsProspect() => Assert.Equal(RelationshipStage.Prospect, Evaluator.Evaluate(Facts(), AsOf));

    [Fact]
    public void Evaluate_OneOrder_IsBasic() => Assert.Equal(RelationshipStage.Basic, Evaluator.Evaluate(Facts([DaysAgo(400)]), AsOf));

    [Fact]
    public void Evaluate_FeedbackWithoutPurchase_IsReactive() =>
        Assert.Equal(RelationshipStage.Reactive, Evaluator.Evaluate(Facts(feedback: [DaysAgo(200)]), AsOf));

    [Fact]
    public void Evaluate_FollowedUp_IsAccountable() =>
        Assert.Equal(RelationshipStage.Accountable, Evaluator.Evaluate(Facts([DaysAgo(300)], [DaysAgo(200)], followUps: 1), AsOf));

    [Fact]
    public void Evaluate_FeedbackThisQuarterThenPurchase_IsProactive()
    {
        // Feedback 60 days ago (inside 91), an order 10 days ago (after it); only one order in 12 months.
        var facts = Facts([DaysAgo(500), DaysAgo(10)], [DaysAgo(60)]);
        Assert.Equal(RelationshipStage.Proactive, Evaluator.Evaluate(facts, AsOf));
        Assert.Equal(
            new HashSet<RelationshipStage> { RelationshipStage.Basic, RelationshipStage.Reactive, RelationshipStage.Proactive },
            Evaluator.StagesHolding(facts, AsOf));
    }

    [Theory]
    [InlineData(95, 10)] // feedback before the quarter
    [InlineData(60, 60)] // purchase on the same day, not after
    [InlineData(30, 60)] // purchase before the feedback
    public void Evaluate_ProactiveRuleFails_FallsToReactive(int feedbackDaysAgo, int orderDaysAgo)
    {
        Assert.Equal(RelationshipStage.Reactive, Evaluator.Evaluate(Facts([DaysAgo(orderDaysAgo)], [DaysAgo(feedbackDaysAgo)]), AsOf));
    }

    [Fact]
    public void Evaluate_EarlierFeedbackInQuarterBeforePurchase_StillProactive()
    {
        // Feedback 80 and 5 days ago, order 40 days ago: the order follows the first feedback.
        Assert.Equal(RelationshipStage.Proactive, Evaluator.Evaluate(Facts([DaysAgo(40)], [DaysAgo(80), DaysAgo(5)]), AsOf));
    }

    [Fact]
    public void Evaluate_RepeatBuyerOptedInEngaged_IsPartnership() =>
        Assert.Equal(RelationshipStage.Partnership, Evaluator.Evaluate(Facts([DaysAgo(300), DaysAgo(20)], optedIn: true, engagement: 50), AsOf));

    [Theory]
    [InlineData(false, 80.0, 300, 20)]  // not opted in
    [InlineData(true, 49.9, 300, 20)]   // not engaged enough
    [InlineData(true, null, 300, 20)]   // engagement unknown
    [InlineData(true, 80.0, 365, 20)]   // first order exactly 365 days ago: outside the window
    [InlineData(true, 80.0, 20, 20)]    // two orders the same day are one order day
    public void Evaluate_PartnershipRuleFails_IsBasic(bool optedIn, double? engagement, int firstOrderDaysAgo, int secondOrderDaysAgo)
    {
        var facts = Facts([DaysAgo(firstOrderDaysAgo), DaysAgo(secondOrderDaysAgo)], optedIn: optedIn, engagement: engagement);
        Assert.Equal(RelationshipStage.Basic, Evaluator.Evaluate(facts, AsOf));
    }

    [Fact]
    public void Evaluate_ConfiguredThresholds_AreUsed()
    {
        var lenient = new RelationshipStageEvaluator(new RelationshipStageOptions { PartnershipRequiresOptIn = false, PartnershipMinEngagementScore = 0, PartnershipWindowDays = 400 });
        Assert.Equal(RelationshipStage.Partnership, lenient.Evaluate(Facts([DaysAgo(380), DaysAgo(20)], engagement: 0), AsOf));
    }

    [Fact]
    public void Evaluate_DateAfterSnapshot_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Evaluator.Evaluate(Facts([AsOf.AddDays(1)]), AsOf));
        Assert.Contains("after the snapshot date 2025-06-30", ex.Message);
    }

    [Fact]
    public void Options_Invalid_ListsEveryFailure()
    {
        var failures = new RelationshipStageOptions
        {
            BasicMinOrders = 0, ReactiveMinFeedback = 0, AccountableMinFollowUps = 0, ProactiveWindowDays = 0,
            PartnershipWindowDays = -1, PartnershipMinOrders = 1, PartnershipMinEngagementScore = 101,
        }.Validate();
        Assert.Equal(7, failures.Count);
        Assert.Contains("RelationshipStage:PartnershipMinOrders must be at least 2, was 1.", failures);
        Assert.Contains("RelationshipStage:PartnershipMinEngagementScore must be between 0 and 100, was 101.", failures);
    }
}
