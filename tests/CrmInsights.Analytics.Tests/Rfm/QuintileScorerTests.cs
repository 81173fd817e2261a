using CrmInsights.Analytics.Rfm;

namespace CrmInsights.Analytics.Tests.Rfm;

public class QuintileScorerTests
{
    [Fact]
    public void Score_NoTies_PlainQuintiles()
    {
        // Rank k of 10 scores ceil(5k/10): 1,1,2,2,3,3,4,4,5,5.
        int[] scores = QuintileScorer.Score([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores);
    }

    [Fact]
    public void Score_TieAcrossBoundary_SharesScoreOfAverageRank()
    {
        // The three 4s hold ranks 4, 5, 6 (scores 2, 3, 3 if untied); average rank 5 -> ceil(25/10) = 3.
        int[] scores = QuintileScorer.Score([1, 2, 3, 4, 4, 4, 7, 8, 9, 10]);
        Assert.Equal([1, 1, 2, 3, 3, 3, 4, 4, 5, 5], scores);
    }

    [Fact]
    public void Score_TieAtLowerBoundary_MovesWholeGroupUp()
    {
        // The two 2s hold ranks 2 and 3 (scores 1 and 2 untied); average 2.5 -> ceil(12.5/10) = 2.
        int[] scores = QuintileScorer.Score([1, 2, 2, 4, 5, 6, 7, 8, 9, 10]);
        Assert.Equal([1, 2, 2, 2, 3, 3, 4, 4, 5, 5], scores);
    }

    [Fact]
    public void Score_AllEqual_AllGetMiddleScore()
    {
        // Average rank (n+1)/2 = 4 of 7 -> ceil(20/7) = 3.
        Assert.All(QuintileScorer.Score([5m, 5m, 5m, 5m, 5m, 5m, 5m]), s => Assert.Equal(3, s));
    }

    [Fact]
    public void Score_SevenValues_GroupSizesDifferByAtMostOne()
    {
        // ceil(5k/7) for k = 1..7: 1, 2, 3, 3, 4, 5, 5.
        Assert.Equal([1, 2, 3, 3, 4, 5, 5], QuintileScorer.Score([1, 2, 3, 4, 5, 6, 7]));
    }

    [Fact]
    public void Score_InputOrder_DoesNotMatter()
    {
        int[] values = [3, 9, 1, 4, 4, 4, 7, 2, 10, 8];
        int[] scores = QuintileScorer.Score(values);
        var reversed = values.Reverse().ToArray();
        int[] reversedScores = QuintileScorer.Score(reversed);
        Assert.Equal(scores, reversedScores.Reverse().ToArray());
    }

    [Fact]
    public void Score_Empty_ReturnsEmpty() => Assert.Empty(QuintileScorer.Score(Array.Empty<int>()));

    [Fact]
    public void Score_Single_GetsTop() => Assert.Equal([5], QuintileScorer.Score([42]));
}
