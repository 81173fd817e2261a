using System.Globalization;

namespace CrmInsights.Analytics.Engagement;

/// <summary>Weights and decay of the customer engagement score, bound to the <c>EngagementScore</c> configuration section.</summary>
public sealed class EngagementScoreOptions : IValidatedOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "EngagementScore";

    /// <summary>Weight of web-session recency (relative; weights are normalised by their sum).</summary>
    public double WebSessionWeight { get; set; } = 0.40;

    /// <summary>Weight of email-click recency.</summary>
    public double EmailClickWeight { get; set; } = 0.35;

    /// <summary>Weight of survey-answer recency.</summary>
    public double SurveyAnswerWeight { get; set; } = 0.25;

    /// <summary>Days after which a web session counts half.</summary>
    public double WebSessionHalfLifeDays { get; set; } = 30;

    /// <summary>Days after which an email click counts half.</summary>
    public double EmailClickHalfLifeDays { get; set; } = 30;

    /// <summary>Days after which a survey answer counts half (surveys are rarer, so they decay slower).</summary>
    public double SurveyAnswerHalfLifeDays { get; set; } = 90;

    /// <summary>Events older than this many days count as none.</summary>
    public int HorizonDays { get; set; } = 365;

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        var failures = new List<string>();
        (string Key, double Value)[] weights =
            [(nameof(WebSessionWeight), WebSessionWeight), (nameof(EmailClickWeight), EmailClickWeight), (nameof(SurveyAnswerWeight), SurveyAnswerWeight)];
        foreach (var (key, value) in weights)
        {
            if (!double.IsFinite(value) || value < 0)
            {
                failures.Add(Invariant($"{SectionName}:{key} must be a number >= 0, was {value}."));
            }
        }

        if (weights.All(w => double.IsFinite(w.Value) && w.Value >= 0) && weights.Sum(w => w.Value) <= 0)
        {
            failures.Add(Invariant($"{SectionName}: at least one of the weights must be positive, all were 0."));
        }

        foreach (var (key, value) in new[] { (nameof(WebSessionHalfLifeDays), WebSessionHalfLifeDays), (nameof(EmailClickHalfLifeDays), EmailClickHalfLifeDays), (nameof(SurveyAnswerHalfLifeDays), SurveyAnswerHalfLifeDays) })
        {
            if (!double.IsFinite(value) || value <= 0)
            {
                failures.Add(Invariant($"{SectionName}:{key} must be greater than 0, was {value}."));
            }
        }

        if (HorizonDays < 1)
        {
            failures.Add(Invariant($"{SectionName}:{nameof(HorizonDays)} must be at least 1, was {HorizonDays}."));
        }

        return failures;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
