using CrmInsights.Reports.Model;
using CrmInsights.Reports.Tests.Support;
using CrmInsights.Reports.Workbooks;

namespace CrmInsights.Reports.Tests.Workbooks;

/// <summary>What the narrative cites: significant changes only, ranked by how unlikely they are by chance, rates in points, never a small sample or an unknown.</summary>
public sealed class NarrativeTests
{
    private static KpiPack Pack(params HeadlineKpi[] headlines) => SamplePacks.Build(ReportSlice.All) with { Headlines = headlines };

    private static HeadlineKpi Rate(string key, string name, bool higherIsBetter, decimal current, long n, decimal previous, long n0, SampleKind kind = SampleKind.Customers, int minimum = 30) =>
        new(key, name, KpiFamily.Loyalty, KpiUnit.Percent, higherIsBetter, current, previous, null)
        {
            Sample = new(kind, n, minimum),
            PreviousSample = new(kind, n0, minimum),
            ChangeZ = n < minimum || n0 < minimum ? null : ChangeSignificance.Proportion(current, n, previous, n0),
        };

    [Fact]
    public void Sentences_ChurnRate_MovesInPointsNotInPercentOfItself()
    {
        // The demo's December 2025: churn 3.8 % -> 0.3 % on ~1,170 customers in the base was told as "fell 93.2 %".
        var sentences = Narrative.Sentences(Pack(Rate("churn_rate", "Churn rate", false, 0.0026m, 1_172, 0.0383m, 1_150)));

        var lead = sentences[0];
        Assert.StartsWith("Churn rate fell 3.6 pts to 0.3% (from 3.8% in February 2025; 1,172 customers), an improvement unlikely to be chance (p < 0.001).", lead);
        Assert.DoesNotContain(sentences, s => s.Contains("93.", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_SmallSampleSwing_IsNeverCited_AndIsNamedAsTooFew()
    {
        // "P90 resolution rose 442.2 %" came from 2 resolved complaints; store NPS -100 from a handful of answers.
        var p90 = new HeadlineKpi("resolution_p90_hours", "Resolution time, 90th percentile (hours)", KpiFamily.Satisfaction, KpiUnit.Score, false, 203.2m, 37.5m, null)
        {
            Sample = new(SampleKind.Complaints, 2, 10),
            PreviousSample = new(SampleKind.Complaints, 3, 10),
        };
        var nps = new HeadlineKpi("nps", "NPS", KpiFamily.Satisfaction, KpiUnit.Score, true, -100m, 60m, null)
        {
            Sample = new(SampleKind.Answers, 2, 30),
            PreviousSample = new(SampleKind.Answers, 5, 30),
        };

        var sentences = Narrative.Sentences(Pack(p90, nps));

        Assert.DoesNotContain(sentences, s => s.Contains("rose", StringComparison.Ordinal) || s.Contains("fell", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("203", StringComparison.Ordinal) || s.Contains("-100", StringComparison.Ordinal));
        Assert.Contains("Too few to interpret this month (below the minimum sample, not cited): Resolution time, 90th percentile (hours) (2 of 10 complaints), NPS (2 of 30 answers).", sentences);
    }

    [Fact]
    public void Sentences_RankByUnlikelinessNotByRelativeChange()
    {
        // A 40 % relative jump on 40 sessions (z 0.4) is chance; a 3 % relative move on 50,000 emails (z 2.4) is not, and 1,000 -> 1,200 customers (z 4.3) even less.
        var small = Rate("conversion_rate", "Conversion rate", true, 0.07m, 40, 0.05m, 40, SampleKind.Sessions);
        var large = Rate("email_open_rate", "Email open rate", true, 0.206m, 50_000, 0.200m, 50_000, SampleKind.Emails);
        var count = new HeadlineKpi("active_customers", "Active customers", KpiFamily.Loyalty, KpiUnit.Count, true, 1_200m, 1_000m, null)
        {
            ChangeZ = ChangeSignificance.Count(1_200m, 1_000m),
        };

        var sentences = Narrative.Sentences(Pack(small, large, count));

        Assert.StartsWith("Active customers rose 20.0% (200) to 1,200", sentences[0]);
        Assert.StartsWith("Email open rate rose 0.6 pts to 20.6%", sentences[1]);
        Assert.DoesNotContain(sentences, s => s.StartsWith("Conversion rate", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_UnknownMargin_IsNeverAnImprovement()
    {
        // Without unit costs the margin is unknown (NULL), not equal to revenue; a rise from unknown is no news.
        var margin = new HeadlineKpi("margin_percent", "Margin %", KpiFamily.Profitability, KpiUnit.Percent, true, null, 1m, null);
        var grossMargin = new HeadlineKpi("gross_margin", "Gross margin", KpiFamily.Profitability, KpiUnit.Currency, true, null, null, null);

        var sentences = Narrative.Sentences(Pack(margin, grossMargin));

        Assert.DoesNotContain(sentences, s => s.Contains("Margin", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("No headline KPI moved by more than chance explains against February 2025 (two-sided test at 5 %).", sentences[0]);
    }

    [Theory]
    [InlineData(0.50, 1000, 0.50, 1000, 0.0)]
    [InlineData(0.55, 1000, 0.50, 1000, 2.2389)]
    [InlineData(0.20, 50, 0.10, 50, 1.4003)]
    public void Proportion_TwoProportionZ_MatchesTheTextbookFormula(double p1, long n1, double p2, long n2, double expected) =>
        Assert.Equal(expected, ChangeSignificance.Proportion((decimal)p1, n1, (decimal)p2, n2)!.Value, 3);

    [Fact]
    public void Nps_ZTest_UsesThePromoterAndDetractorShares()
    {
        // 50 % promoters 20 % detractors of 400 (NPS 30) vs 40 % / 25 % of 400 (NPS 15): variance per answer 0.61 and 0.6275.
        var z = ChangeSignificance.Nps(200, 80, 400, 160, 100, 400)!.Value;
        Assert.Equal(15 / Math.Sqrt(100 * 100 * (0.61 / 400 + 0.6275 / 400)), z, 6);
        Assert.InRange(ChangeSignificance.PValue(z), 0.005, 0.01);
    }
}
