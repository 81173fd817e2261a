using Microsoft.Extensions.Options;

namespace CrmInsights.Analytics.Engagement;

/// <summary>
/// Customer engagement score 0–100: 100 · Σ wᵢ·2^(−dᵢ/hᵢ) / Σ wᵢ over web sessions, email clicks
/// and survey answers, where dᵢ is days since the latest event of that kind, hᵢ its half-life and
/// wᵢ its weight; a kind with no event within the horizon contributes 0. So a customer active on
/// every channel today scores 100 and one never seen scores 0.
/// </summary>
public sealed class EngagementScorer
{
    private readonly EngagementScoreOptions _options;

    /// <summary>Creates a scorer; the options are validated.</summary>
    public EngagementScorer(EngagementScoreOptions options) => _options = OptionsValidation.ThrowIfInvalid(options);

    /// <summary>Creates a scorer from bound options.</summary>
    public EngagementScorer(IOptions<EngagementScoreOptions> options)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value)
    {
    }

    /// <summary>The score as of <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentException">An event is dated after <paramref name="asOf"/>.</exception>
    public double Score(EngagementFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        double total = _options.WebSessionWeight + _options.EmailClickWeight + _options.SurveyAnswerWeight;
        double weighted = (_options.WebSessionWeight * Recency(facts, facts.LastWebSession, _options.WebSessionHalfLifeDays, asOf))
            + (_options.EmailClickWeight * Recency(facts, facts.LastEmailClick, _options.EmailClickHalfLifeDays, asOf))
            + (_options.SurveyAnswerWeight * Recency(facts, facts.LastSurveyAnswer, _options.SurveyAnswerHalfLifeDays, asOf));
        return 100 * weighted / total;
    }

    private double Recency(EngagementFacts facts, DateOnly? last, double halfLifeDays, DateOnly asOf)
    {
        if (last is not { } date)
        {
            return 0;
        }

        int days = asOf.DayNumber - date.DayNumber;
        if (days < 0)
        {
            throw new ArgumentException($"Customer {facts.CustomerKey} has an engagement event on {date:yyyy-MM-dd}, after the snapshot date {asOf:yyyy-MM-dd}.", nameof(facts));
        }

        return days > _options.HorizonDays ? 0 : Math.Pow(2, -days / halfLifeDays);
    }
}
