using System.Globalization;

namespace CrmInsights.Analytics.Snapshot;

/// <summary>
/// Settings of the customer-month snapshot and of the mart views, bound to the <c>Snapshot</c>
/// configuration section. The derive step writes the view settings into etl.Setting, because
/// views take no parameters.
/// </summary>
public sealed class SnapshotOptions : IValidatedOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Snapshot";

    /// <summary>Days without a purchase after which a customer is lapsed (non-contractual churn).</summary>
    public int LapseDays { get; set; } = 180;

    /// <summary>Complaint resolution SLA in hours.</summary>
    public int ComplaintSlaHours { get; set; } = 48;

    /// <summary>A loyalty member is active with a purchase within this many days.</summary>
    public int ActiveMemberDays { get; set; } = 90;

    /// <summary>Window of the detractor follow-up action list in days.</summary>
    public int DetractorFollowUpDays { get; set; } = 14;

    /// <summary>Promoters who bought within this many days are referral candidates.</summary>
    public int PromoterRecentDays { get; set; } = 30;

    /// <summary>Upper bound of the win-back window, in days since the latest purchase.</summary>
    public int WinBackMaxDays { get; set; } = 365;

    /// <summary>High-value-at-risk list: a fall in P(alive) over the last 3 months of at least this much is material.</summary>
    public decimal HighValuePAliveDrop { get; set; } = 0.2m;

    /// <summary>High-value-at-risk list: a P(alive) below this is low whatever its trend.</summary>
    public decimal HighValuePAliveFloor { get; set; } = 0.5m;

    /// <summary>Campaign attribution (mart.CampaignPerformance): an order counts for the campaign the buyer last clicked at most this many days before it.</summary>
    public int AttributionClickWindowDays { get; set; } = 7;

    /// <summary>Campaign attribution without a click in its window: the campaign the buyer last opened (human opens) at most this many days before.</summary>
    public int AttributionOpenWindowDays { get; set; } = 1;

    /// <summary>Money one loyalty point is worth (mart.LoyaltyPoints liability); stored as decimal(19, 4), so at most 4 decimals.</summary>
    public decimal PointValue { get; set; } = 0.01m;

    /// <summary>Reward rule: a reward on every Nth purchase (mart.ActionRewardNextPurchase); 0 turns the rule off.</summary>
    public int RewardEveryNthPurchase { get; set; } = 10;

    /// <summary>Reward rule: a reward once the points balance reaches this; 0 (the default) turns the rule off.</summary>
    public int RewardPointsThreshold { get; set; }

    /// <summary>Survey response rate: a response answers an invitation up to this many days after its send date.</summary>
    public int SurveyResponseWindowDays { get; set; } = 14;

    /// <summary>Product affinity and next best offers: products or categories (mart.AffinityItem).</summary>
    public AffinityLevel AffinityLevel { get; set; } = AffinityLevel.Product;

    /// <summary>Product affinity: the trailing window in months, ending with the report month.</summary>
    public int AffinityWindowMonths { get; set; } = 12;

    /// <summary>Product affinity: pairs bought together in fewer orders than this are small-sample and drive no offer.</summary>
    public int AffinityMinPairOrders { get; set; } = 10;

    /// <summary>Next best offers: per bought item, only its this many strongest partners are candidates (bounds the work at scale).</summary>
    public int AffinityPartnersPerItem { get; set; } = 5;

    /// <summary>Next best offers: at most this many per customer and month.</summary>
    public int OffersPerCustomer { get; set; } = 3;

    /// <summary>
    /// Next best offers: the derive materialises the offers (fact.NextBestOffer) of only the latest this many months it
    /// rebuilds, because each month costs a full pass over the window's purchases (about 3.5 minutes at 1 M customers);
    /// earlier months it rebuilds lose their offers rather than keep an older derive's. Not a view setting: a change takes
    /// effect at the next derive, for the months it rebuilds (derive --full for all).
    /// </summary>
    public int OfferMonths { get; set; } = 1;

    /// <summary>The CLV models are fitted only with at least this many repeat buyers; with fewer the predictions stay empty.</summary>
    public int MinimumRepeatBuyersForFit { get; set; } = 30;

    /// <summary>Customers processed per chunk in the model pass (bounds memory).</summary>
    public int CustomersPerChunk { get; set; } = 5000;

    /// <summary>The values the mart views read, as etl.Setting rows.</summary>
    public IReadOnlyList<(string Name, decimal Value)> ViewSettings() =>
    [
        (nameof(LapseDays), LapseDays),
        (nameof(ComplaintSlaHours), ComplaintSlaHours),
        (nameof(ActiveMemberDays), ActiveMemberDays),
        (nameof(DetractorFollowUpDays), DetractorFollowUpDays),
        (nameof(PromoterRecentDays), PromoterRecentDays),
        (nameof(WinBackMaxDays), WinBackMaxDays),
        (nameof(HighValuePAliveDrop), HighValuePAliveDrop),
        (nameof(HighValuePAliveFloor), HighValuePAliveFloor),
        (nameof(AttributionClickWindowDays), AttributionClickWindowDays),
        (nameof(AttributionOpenWindowDays), AttributionOpenWindowDays),
        (nameof(PointValue), PointValue),
        (nameof(RewardEveryNthPurchase), RewardEveryNthPurchase),
        (nameof(RewardPointsThreshold), RewardPointsThreshold),
        (nameof(SurveyResponseWindowDays), SurveyResponseWindowDays),
        (nameof(AffinityLevel), (int)AffinityLevel),
        (nameof(AffinityWindowMonths), AffinityWindowMonths),
        (nameof(AffinityMinPairOrders), AffinityMinPairOrders),
        (nameof(AffinityPartnersPerItem), AffinityPartnersPerItem),
        (nameof(OffersPerCustomer), OffersPerCustomer),
    ];

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        var failures = new List<string>();
        Range(failures, nameof(LapseDays), LapseDays, 1, 3650);
        Range(failures, nameof(ComplaintSlaHours), ComplaintSlaHours, 1, 24 * 365);
        Range(failures, nameof(ActiveMemberDays), ActiveMemberDays, 1, 3650);
        Range(failures, nameof(DetractorFollowUpDays), DetractorFollowUpDays, 1, 3650);
        Range(failures, nameof(PromoterRecentDays), PromoterRecentDays, 1, 3650);
        Range(failures, nameof(WinBackMaxDays), WinBackMaxDays, 1, 3650);
        Range(failures, nameof(SurveyResponseWindowDays), SurveyResponseWindowDays, 0, 365);
        foreach (var (key, value) in new[] { (nameof(HighValuePAliveDrop), HighValuePAliveDrop), (nameof(HighValuePAliveFloor), HighValuePAliveFloor) })
        {
            if (value is <= 0 or > 1)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:{key} must be more than 0 and at most 1, was {value}."));
            }
        }
        Range(failures, nameof(AttributionClickWindowDays), AttributionClickWindowDays, 0, 90);
        Range(failures, nameof(AttributionOpenWindowDays), AttributionOpenWindowDays, 0, 90);
        if (AttributionOpenWindowDays > AttributionClickWindowDays)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{SectionName}:{nameof(AttributionOpenWindowDays)} must be at most {nameof(AttributionClickWindowDays)} ({AttributionClickWindowDays}): a click is the stronger signal, was {AttributionOpenWindowDays}."));
        }
        // etl.Setting holds decimal(19, 4): a finer point value would be rounded when stored, so it is refused instead.
        if (PointValue is <= 0 or > 1000 || decimal.Round(PointValue, 4) != PointValue)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{SectionName}:{nameof(PointValue)} must be more than 0 and at most 1000 with at most 4 decimals (money per loyalty point), was {PointValue}."));
        }
        // 1 would reward every purchase, so every member would always be one purchase away.
        if (RewardEveryNthPurchase is not 0 and (< 2 or > 1000))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{SectionName}:{nameof(RewardEveryNthPurchase)} must be 0 (rule off) or between 2 and 1000, was {RewardEveryNthPurchase}."));
        }
        Range(failures, nameof(RewardPointsThreshold), RewardPointsThreshold, 0, 100_000_000);
        if (!Enum.IsDefined(AffinityLevel))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{SectionName}:{nameof(AffinityLevel)} must be {nameof(AffinityLevel.Product)} or {nameof(AffinityLevel.Category)}, was {AffinityLevel}."));
        }
        Range(failures, nameof(AffinityWindowMonths), AffinityWindowMonths, 1, 120);
        // A pair seen once is an anecdote, not an affinity: at least 2 orders with both items.
        Range(failures, nameof(AffinityMinPairOrders), AffinityMinPairOrders, 2, 1_000_000);
        Range(failures, nameof(AffinityPartnersPerItem), AffinityPartnersPerItem, 1, 100);
        Range(failures, nameof(OffersPerCustomer), OffersPerCustomer, 1, 20);
        Range(failures, nameof(OfferMonths), OfferMonths, 1, 120);
        Range(failures, nameof(MinimumRepeatBuyersForFit), MinimumRepeatBuyersForFit, 2, int.MaxValue);
        Range(failures, nameof(CustomersPerChunk), CustomersPerChunk, 100, 1_000_000);
        if (WinBackMaxDays < LapseDays)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{SectionName}:{nameof(WinBackMaxDays)} must be at least {nameof(LapseDays)} ({LapseDays}), was {WinBackMaxDays}."));
        }

        return failures;
    }

    private static void Range(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:{key} must be between {min} and {max}, was {value}."));
        }
    }
}
