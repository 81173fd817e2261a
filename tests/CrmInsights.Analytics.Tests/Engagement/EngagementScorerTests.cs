using CrmInsights.Analytics.Engagement;

namespace CrmInsights.Analytics.Tests.Engagement;

public class EngagementScorerTests
{
    private static readonly DateOnly AsOf = new(2025, 3, 31);
    private static readonly EngagementScorer Scorer = new(new EngagementScoreOptions());

    [Fact]
    public void Score_ByHand_HalfLivesAndWeights()
    {
        // Web 30 days ago: one half-life -> 0.5; email 60 days ago: two half-lives -> 0.25; no survey.
        // 100 · (0.40·0.5 + 0.35·0.25 + 0.25·0) / 1.00 = 28.75.
        var facts = new EngagementFacts(1, AsOf.AddDays(-30), AsOf.AddDays(-60), null);
        Assert.Equal(28.75, Scorer.Score(facts, AsOf), 1e-12);
    }

    [Fact]
    public void Score_EverythingToday_Is100() =>
        Assert.Equal(100, Scorer.Score(new EngagementFacts(1, AsOf, AsOf, AsOf), AsOf), 1e-12);

    [Fact]
    public void Score_NothingOrBeyondHorizon_Is0() =>
        Assert.Equal(0, Scorer.Score(new EngagementFacts(1, AsOf.AddDays(-366), null, null), AsOf));

    [Fact]
    public void Score_CustomWeights_NormalisedBySum()
    {
        // Only surveys count (weight 2 of 2); answer 45 days ago with half-life 90 -> 2^-0.5.
        var scorer = new EngagementScorer(new EngagementScoreOptions { WebSessionWeight = 0, EmailClickWeight = 0, SurveyAnswerWeight = 2 });
        Assert.Equal(100 / Math.Sqrt(2), scorer.Score(new EngagementFacts(1, AsOf, AsOf, AsOf.AddDays(-45)), AsOf), 1e-12);
    }

    [Fact]
    public void Score_EventAfterSnapshot_Throws() =>
        Assert.Throws<ArgumentException>(() => Scorer.Score(new EngagementFacts(9, AsOf.AddDays(1), null, null), AsOf));

    [Fact]
    public void Options_Invalid_ListsEveryFailure()
    {
        var failures = new EngagementScoreOptions
        {
            WebSessionWeight = -1, EmailClickWeight = double.NaN, WebSessionHalfLifeDays = 0, SurveyAnswerHalfLifeDays = -3, HorizonDays = 0,
        }.Validate();
        Assert.Equal(5, failures.Count);
        Assert.Contains("EngagementScore:WebSessionWeight must be a number >= 0, was -1.", failures);

        var allZero = new EngagementScoreOptions { WebSessionWeight = 0, EmailClickWeight = 0, SurveyAnswerWeight = 0 }.Validate();
        Assert.Equal(["EngagementScore: at least one of the weights must be positive, all were 0."], allZero);
    }
}
