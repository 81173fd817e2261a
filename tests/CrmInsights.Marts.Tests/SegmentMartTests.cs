using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

[Collection(MartGroup.Name)]
public sealed class SegmentMartTests(MartFixture fixture)
{
    [Fact]
    public async Task Snapshot_March_RfmScoresWithTieAtQuintileBoundary()
    {
        var rows = (await fixture.QueryAsync(
            "SELECT CustomerId, RScore, FScore, MScore, RfmSegment FROM fact.CustomerMonth WHERE YearMonthKey = 202503 AND RScore IS NOT NULL ORDER BY CustomerId"))
            .ToDictionary(r => (string)r["CustomerId"]!);

        // Scored: C1, C2, C3 (n = 3); score = ceil(5 x average rank / 3).
        // R (recency ascending is worse): C1 49 d rank 1 -> 2, C2 30 d rank 2 -> 4, C3 11 d rank 3 -> 5.
        // F: C3 1 order rank 1 -> 2; C1 and C2 2 orders tie on ranks 2-3, average 2.5 -> ceil(4.17) = 5 for both.
        // M (revenue per order): C3 20 -> 2, C2 27.5 -> 4, C1 30 -> 5.
        Assert.Equal((2L, 5L, 5L, "Can't Lose"), Cell(rows["C1"]));
        Assert.Equal((4L, 5L, 4L, "Loyal"), Cell(rows["C2"]));
        Assert.Equal((5L, 2L, 2L, "Potential Loyalists"), Cell(rows["C3"]));
    }

    [Fact]
    public async Task Segments_March_CountsPerSegmentWithUnscored()
    {
        var rows = (await fixture.QueryAsync("SELECT Segment, Customers FROM mart.Segments WHERE CutLevel = 'All' AND YearMonthKey = 202503"))
            .ToDictionary(r => (string)r["Segment"]!, r => Num(r["Customers"]));

        // C4 (returns only) and C5 (survey only) have no purchase: Unscored.
        Assert.Equal(new Dictionary<string, long> { ["Can't Lose"] = 1, ["Loyal"] = 1, ["Potential Loyalists"] = 1, ["Unscored"] = 2 }, rows);
    }

    [Fact]
    public async Task RelationshipStages_March_HighestRuleThatHolds()
    {
        var stages = (await fixture.QueryAsync("SELECT CustomerId, RelationshipStage FROM fact.CustomerMonth WHERE YearMonthKey = 202503"))
            .ToDictionary(r => (string)r["CustomerId"]!, r => (string?)r["RelationshipStage"]);

        // C1: answered R1 (02-12) after buying (01-05) -> Accountable; its last order (02-10) precedes its feedback, so not Proactive.
        // C2: feedback 02-15 then bought 03-01 -> Proactive (engagement about 31 < 50 blocks Partnership).
        // C3: feedback 03-10 then bought 03-20 -> Proactive. C4: nothing holds -> Prospect. C5: complaint resolved -> Accountable.
        Assert.Equal("Accountable", stages["C1"]);
        Assert.Equal("Proactive", stages["C2"]);
        Assert.Equal("Proactive", stages["C3"]);
        Assert.Equal("Prospect", stages["C4"]);
        Assert.Equal("Accountable", stages["C5"]);

        var view = (await fixture.QueryAsync("SELECT RelationshipStage, Customers FROM mart.RelationshipStages WHERE CutLevel = 'All' AND YearMonthKey = 202503"))
            .ToDictionary(r => (string)r["RelationshipStage"]!, r => Num(r["Customers"]));
        Assert.Equal(new Dictionary<string, long> { ["Accountable"] = 2, ["Proactive"] = 2, ["Prospect"] = 1 }, view);
    }

    [Fact]
    public async Task Snapshot_March_EngagementScoreFromDocumentedWeights()
    {
        var row = await fixture.SingleAsync("SELECT EngagementScore FROM fact.CustomerMonth WHERE YearMonthKey = 202503 AND CustomerId = 'C1'");

        // As of 03-31: web 01-10 (80 d, half-life 30), click 03-03 (28 d, half-life 30), survey 03-18 (13 d, half-life 90);
        // weights 0.40 / 0.35 / 0.25: 100 x (0.4 x 2^(-80/30) + 0.35 x 2^(-28/30) + 0.25 x 2^(-13/90))
        // = 100 x (0.062996 + 0.183229 + 0.226220) = 47.2454 -> 47.25.
        double expected = 100 * ((0.4 * Math.Pow(2, -80 / 30.0)) + (0.35 * Math.Pow(2, -28 / 30.0)) + (0.25 * Math.Pow(2, -13 / 90.0)));
        Assert.Equal(47.25m, Math.Round((decimal)expected, 2));
        Assert.Equal(47.25m, Dec(row["EngagementScore"]));
    }

    private static (long, long, long, string) Cell(Dictionary<string, object?> r) =>
        (Num(r["RScore"]), Num(r["FScore"]), Num(r["MScore"]), (string)r["RfmSegment"]!);
}
