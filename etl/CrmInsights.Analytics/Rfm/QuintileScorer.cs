namespace CrmInsights.Analytics.Rfm;

/// <summary>
/// Scores values 1–5 by quintile so that equal values always share a score.
/// </summary>
/// <remarks>
/// Rule: rank the n values ascending (1 = lowest); a group of equal values takes the average of
/// the ranks it spans; the score is ⌈5 · averageRank / n⌉. Without ties this is the plain
/// quintile (rank k scores ⌈5k/n⌉, group sizes differ by at most one); a tie group that
/// straddles a quintile boundary lands wholly on the side where its average rank falls. The
/// result depends only on the values, never on input order or customer keys.
/// </remarks>
public static class QuintileScorer
{
    /// <summary>Scores each value (higher value, higher score); result[i] belongs to values[i].</summary>
    public static int[] Score<T>(IReadOnlyList<T> values)
        where T : IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = values.Count;
        int[] order = Enumerable.Range(0, n).ToArray();
        // Index as second key only makes the sort deterministic; ties share a score anyway.
        Array.Sort(order, (i, j) => values[i].CompareTo(values[j]) is var c && c != 0 ? c : i.CompareTo(j));
        var scores = new int[n];
        int start = 0;
        while (start < n)
        {
            int end = start;
            while (end + 1 < n && values[order[end + 1]].CompareTo(values[order[start]]) == 0)
            {
                end++;
            }

            // 1-based ranks start+1 .. end+1; average = (start + end + 2) / 2; score = ceil(5·avg/n) in integers.
            long twiceAverage = start + end + 2;
            int score = (int)(((5 * twiceAverage) + (2L * n) - 1) / (2L * n));
            for (int k = start; k <= end; k++)
            {
                scores[order[k]] = Math.Clamp(score, 1, 5);
            }

            start = end + 1;
        }

        return scores;
    }
}
