using System.Globalization;

namespace CrmInsights.Analytics.Relationships;

/// <summary>Thresholds of the relationship stage rules, bound to the <c>RelationshipStage</c> configuration section.</summary>
public sealed class RelationshipStageOptions : IValidatedOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "RelationshipStage";

    /// <summary>Basic: at least this many orders ever.</summary>
    public int BasicMinOrders { get; set; } = 1;

    /// <summary>Reactive: at least this many feedback events ever.</summary>
    public int ReactiveMinFeedback { get; set; } = 1;

    /// <summary>Accountable: at least this many follow-ups.</summary>
    public int AccountableMinFollowUps { get; set; } = 1;

    /// <summary>Proactive: feedback within this many days up to the snapshot date (a quarter).</summary>
    public int ProactiveWindowDays { get; set; } = 91;

    /// <summary>Partnership: the repeat-buying window in days up to the snapshot date (12 months).</summary>
    public int PartnershipWindowDays { get; set; } = 365;

    /// <summary>Partnership: at least this many order days in the window.</summary>
    public int PartnershipMinOrders { get; set; } = 2;

    /// <summary>Partnership: must be opted in to marketing.</summary>
    public bool PartnershipRequiresOptIn { get; set; } = true;

    /// <summary>Partnership: engagement score at least this (0–100).</summary>
    public double PartnershipMinEngagementScore { get; set; } = 50;

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        var failures = new List<string>();
        AtLeast(failures, nameof(BasicMinOrders), BasicMinOrders, 1);
        AtLeast(failures, nameof(ReactiveMinFeedback), ReactiveMinFeedback, 1);
        AtLeast(failures, nameof(AccountableMinFollowUps), AccountableMinFollowUps, 1);
        AtLeast(failures, nameof(ProactiveWindowDays), ProactiveWindowDays, 1);
        AtLeast(failures, nameof(PartnershipWindowDays), PartnershipWindowDays, 1);
        AtLeast(failures, nameof(PartnershipMinOrders), PartnershipMinOrders, 2);
        if (!(PartnershipMinEngagementScore is >= 0 and <= 100))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{SectionName}:{nameof(PartnershipMinEngagementScore)} must be between 0 and 100, was {PartnershipMinEngagementScore}."));
        }

        return failures;
    }

    private static void AtLeast(List<string> failures, string key, int value, int minimum)
    {
        if (value < minimum)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:{key} must be at least {minimum}, was {value}."));
        }
    }
}
