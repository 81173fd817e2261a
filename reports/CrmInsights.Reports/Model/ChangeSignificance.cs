using MathNet.Numerics.Distributions;

namespace CrmInsights.Reports.Model;

/// <summary>
/// How unlikely a month-on-month change is by chance, as a signed z statistic (current minus previous over its
/// standard error) and its two-sided p-value. "What moved most" ranks by |z|, not by % change, so a swing on a
/// handful of answers never outranks a real shift on thousands of customers.
/// </summary>
public static class ChangeSignificance
{
    /// <summary>Two-proportion z test (pooled): rates as 0-1 fractions with their n. Null when undefined.</summary>
    public static double? Proportion(decimal current, long currentN, decimal previous, long previousN)
    {
        if (currentN <= 0 || previousN <= 0)
        {
            return null;
        }
        double p1 = (double)current, p2 = (double)previous;
        double pooled = (p1 * currentN + p2 * previousN) / (currentN + previousN);
        double variance = pooled * (1 - pooled) * (1.0 / currentN + 1.0 / previousN);
        return Z(p1 - p2, variance);
    }

    /// <summary>Poisson test on two counts (conditional normal approximation): (c1 - c0) / sqrt(c1 + c0).</summary>
    public static double? Count(decimal current, decimal previous) =>
        current < 0 || previous < 0 ? null : Z((double)(current - previous), (double)(current + previous));

    /// <summary>z test on the NPS difference: each answer scores +100, 0 or -100; the variance from the promoter and detractor shares.</summary>
    public static double? Nps(long promoters, long detractors, long answers, long previousPromoters, long previousDetractors, long previousAnswers)
    {
        if (answers <= 0 || previousAnswers <= 0)
        {
            return null;
        }
        static (double Mean, double Variance) Score(long p, long d, long n)
        {
            double mean = (double)(p - d) / n;
            return (100 * mean, 100 * 100 * ((double)(p + d) / n - mean * mean));
        }
        var (m1, v1) = Score(promoters, detractors, answers);
        var (m0, v0) = Score(previousPromoters, previousDetractors, previousAnswers);
        return Z(m1 - m0, v1 / answers + v0 / previousAnswers);
    }

    /// <summary>Two-sided p-value of a z statistic.</summary>
    public static double PValue(double z) => 2 * (1 - Normal.CDF(0, 1, Math.Abs(z)));

    private static double? Z(double difference, double variance)
    {
        if (difference == 0)
        {
            return 0;
        }
        // No variance but a difference (e.g. 0 % -> 100 %): as unlikely as it gets, yet finite so it still sorts.
        return variance > 0 ? difference / Math.Sqrt(variance) : Math.Sign(difference) * 1e6;
    }
}
