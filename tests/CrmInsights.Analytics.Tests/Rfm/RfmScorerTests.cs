using CrmInsights.Analytics.Rfm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CrmInsights.Analytics.Tests.Rfm;

public class RfmScorerTests
{
    [Fact]
    public void Score_SmallBase_ScoresAndSegmentsByHand()
    {
        // Recency days 5..90 for keys 1..10: R = 5,5,4,4,3,3,2,2,1,1 (most recent highest).
        // Frequencies 1,1,1,1,1,2,3,4,5,6: the five 1s share average rank 3 -> ceil(15/10) = 2;
        // then ranks 6..10 -> 3,4,4,5,5. Monetary all equal: average rank 5.5 -> ceil(27.5/10) = 3.
        int[] days = [5, 10, 20, 30, 40, 50, 60, 70, 80, 90];
        int[] orders = [1, 1, 1, 1, 1, 2, 3, 4, 5, 6];
        var input = Enumerable.Range(0, 10).Select(i => new RfmInput(i + 1, days[i], orders[i], 100m)).Reverse();

        var scores = new RfmScorer(new RfmOptions()).Score(input);

        Assert.Equal(Enumerable.Range(1, 10).Select(k => (long)k), scores.Select(s => s.CustomerKey));
        Assert.Equal([5, 5, 4, 4, 3, 3, 2, 2, 1, 1], scores.Select(s => s.R));
        Assert.Equal([2, 2, 2, 2, 2, 3, 4, 4, 5, 5], scores.Select(s => s.F));
        Assert.All(scores, s => Assert.Equal(3, s.M));
        Assert.Equal(
            ["Potential Loyalists", "Potential Loyalists", "Potential Loyalists", "Potential Loyalists", "About to Sleep",
             "Need Attention", "At Risk", "At Risk", "Can't Lose", "Can't Lose"],
            scores.Select(s => s.Segment));
        Assert.Equal("523", scores[0].Cell);
        Assert.All(scores, s => Assert.Equal("kpi-catalog-1", s.MapVersion));
    }

    [Fact]
    public void Score_DuplicateCustomer_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RfmScorer(new RfmOptions()).Score([new(1, 1, 1, 1m), new(1, 2, 2, 2m)]));
        Assert.Contains("Customer 1 appears more than once", ex.Message);
    }

    [Fact]
    public void Options_BoundFromConfiguration_ReplaceMapAndVersion()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rfm:Version"] = "two-band-1",
            ["Rfm:Segments:0:Name"] = "Active",
            ["Rfm:Segments:0:Pattern"] = "[3-5][1-5]",
            ["Rfm:Segments:1:Name"] = "Lapsing",
            ["Rfm:Segments:1:Pattern"] = "[1-2][1-5]",
        }).Build();
        var options = config.GetSection(RfmOptions.SectionName).Get<RfmOptions>()!;

        var scorer = new RfmScorer(Options.Create(options));

        Assert.Equal("two-band-1", scorer.Map.Version);
        Assert.Equal("Active", scorer.Map.Segment(3, 1));
        Assert.Equal("Lapsing", scorer.Map.Segment(2, 5));
    }

    [Fact]
    public void Options_CustomMapWithDefaultVersionAndGaps_ListsEveryFailure()
    {
        var options = new RfmOptions();
        options.Segments.Add(new RfmSegmentRule("Only top", "5[1-5]"));

        var failures = options.Validate();

        Assert.Contains(failures, f => f.Contains("Rfm:Version must differ"));
        Assert.Equal(1 + 20, failures.Count); // the version, and the 20 cells of rows R = 1..4
        Assert.Throws<OptionsValidationException>(() => new RfmScorer(options));
    }
}
