using CrmInsights.Analytics.Rfm;

namespace CrmInsights.Analytics.Tests.Rfm;

public class RfmSegmentMapTests
{
    [Theory]
    [InlineData(5, 5, "Champions")]
    [InlineData(5, 4, "Champions")]
    [InlineData(4, 5, "Loyal")]
    [InlineData(3, 4, "Loyal")]
    [InlineData(5, 3, "Potential Loyalists")]
    [InlineData(4, 2, "Potential Loyalists")]
    [InlineData(5, 1, "New")]
    [InlineData(4, 1, "Promising")]
    [InlineData(3, 3, "Need Attention")]
    [InlineData(3, 1, "About to Sleep")]
    [InlineData(3, 2, "About to Sleep")]
    [InlineData(2, 3, "At Risk")]
    [InlineData(1, 4, "At Risk")]
    [InlineData(1, 5, "Can't Lose")]
    [InlineData(2, 5, "Can't Lose")]
    [InlineData(1, 1, "Hibernating")]
    [InlineData(2, 2, "Hibernating")]
    public void Default_CatalogCells_MapToCatalogSegments(int r, int f, string segment)
    {
        Assert.Equal(segment, RfmSegmentMap.Default.Segment(r, f));
    }

    [Fact]
    public void Default_CoversAll25CellsWithTenSegments()
    {
        var cells = from r in Enumerable.Range(1, 5) from f in Enumerable.Range(1, 5) select RfmSegmentMap.Default.Segment(r, f);
        Assert.Equal(10, cells.Distinct().Count());
        Assert.Empty(RfmSegmentMap.Check(RfmSegmentMap.DefaultRules, "Segments"));
        Assert.Equal("kpi-catalog-1", RfmSegmentMap.Default.Version);
    }

    [Fact]
    public void Check_OverlapsAndGaps_ReportsEveryOne()
    {
        RfmSegmentRule[] rules =
        [
            new("Top", "[4-5][4-5]"),   // 44 45 54 55
            new("Also top", "55"),      // overlaps 55
            new("Rest", "[1-3][1-5]"),  // rows 1-3
            new("Mid", "4[1-2]"),       // 41 42 ; gaps: 43, 51, 52, 53
            new("", "[12"),             // empty name and bad pattern
        ];

        var problems = RfmSegmentMap.Check(rules, "Rfm:Segments");

        Assert.Contains(problems, p => p.Contains("R=5 F=5") && p.Contains("'Top'") && p.Contains("'Also top'"));
        foreach (string gap in new[] { "R=4 F=3", "R=5 F=1", "R=5 F=2", "R=5 F=3" })
        {
            Assert.Contains(problems, p => p.Contains(gap) && p.Contains("no segment"));
        }

        Assert.Contains(problems, p => p.Contains("Rfm:Segments:4:Name"));
        Assert.Contains(problems, p => p.Contains("Rfm:Segments:4:Pattern '[12'"));
        Assert.Equal(7, problems.Count);
    }

    [Fact]
    public void Create_InvalidMap_ThrowsListingProblems()
    {
        var ex = Assert.Throws<ArgumentException>(() => RfmSegmentMap.Create("v2", [new("All but one", "[1-5][1-4]")]));
        Assert.Contains("R=5 F=5 belongs to no segment", ex.Message);
        Assert.Contains("R=1 F=5 belongs to no segment", ex.Message);
    }

    [Theory]
    [InlineData("51", 5, 1, true)]
    [InlineData("5[4-5]", 5, 4, true)]
    [InlineData("5[4-5]", 5, 3, false)]
    [InlineData("[135][24]", 3, 4, true)]
    [InlineData("[135][24]", 2, 4, false)]
    [InlineData(" [1-2][1-2] ", 2, 1, true)]
    public void Pattern_Matches(string pattern, int r, int f, bool expected)
    {
        Assert.Equal(expected, RfmPattern.Parse(pattern).Matches(r, f));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("5", "two positions")]
    [InlineData("516", "unexpected")]
    [InlineData("6[1-2]", "'6' is not a score")]
    [InlineData("[5-3]1", "backwards")]
    [InlineData("[1-2", "without ']'")]
    [InlineData("[]1", "empty []")]
    public void Pattern_Invalid_SaysWhy(string pattern, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => RfmPattern.Parse(pattern));
        Assert.Contains(reason, ex.Message);
    }
}
