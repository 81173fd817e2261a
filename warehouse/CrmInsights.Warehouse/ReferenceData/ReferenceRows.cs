namespace CrmInsights.Warehouse.ReferenceData;

/// <summary>
/// Every reference row the warehouse needs before the first load: unknown members (key -1),
/// the survey touchpoints and the date dimension. Both engines are seeded from this list.
/// </summary>
public static class ReferenceRows
{
    /// <summary>Natural key of every unknown member row.</summary>
    public const string UnknownId = "UNKNOWN";

    /// <summary>Surrogate key of every unknown member row.</summary>
    public const int UnknownKey = -1;

    /// <summary>Start of validity of the unknown customer row.</summary>
    public static readonly DateTime BeginningOfTime = new(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>ValidToUtc of current SCD2 versions.</summary>
    public static readonly DateTime EndOfTime = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    // Declared before All: static initialisers run in text order and Build() reads it.
    /// <summary>
    /// Defaults of the numeric settings the mart views read from etl.Setting (views take no
    /// parameters); the derive step overwrites them with the configured values.
    /// </summary>
    public static IReadOnlyList<(string Name, decimal Value, string Description)> Settings { get; } =
    [
        ("LapseDays", 180m, "Days without a purchase after which a customer counts as lapsed (churned)."),
        ("ComplaintSlaHours", 48m, "Hours within which a complaint should be resolved."),
        ("ActiveMemberDays", 90m, "A loyalty member is active with a purchase within this many days of the period end."),
        ("DetractorFollowUpDays", 14m, "Detractors from this many days up to the report period's end go on the follow-up action list."),
        ("PromoterRecentDays", 30m, "Promoters who bought within this many days are referral candidates."),
        ("WinBackMaxDays", 365m, "Win-back list: lapsed customers whose last purchase is at most this many days old."),
        ("HighValuePAliveDrop", 0.2m, "High-value-at-risk list: a fall in P(alive) over the last 3 months of at least this much is material."),
        ("HighValuePAliveFloor", 0.5m, "High-value-at-risk list: a P(alive) below this is low whatever its trend."),
        ("SurveyResponseWindowDays", 14m, "Survey response rate: a response answers an invitation up to this many days after its send date."),
    ];

    /// <summary>The seed tables in load order.</summary>
    public static IReadOnlyList<SeedTable> All { get; } = Build();

    private static List<SeedTable> Build() =>
    [
        new("dim", "Date", DateDimension.Columns, "DateKey", false, DateDimension.Rows(DateDimension.First, DateDimension.Last).ToList()),
        new("dim", "Customer",
            ["CustomerKey", "CustomerId", "MarketingOptIn", "ValidFromUtc", "ValidToUtc", "IsCurrent", "IsInferred"],
            "CustomerKey", true,
            [[UnknownKey, UnknownId, false, BeginningOfTime, EndOfTime, true, false]]),
        new("dim", "Product",
            ["ProductKey", "Sku", "ProductName", "IsInferred"], "ProductKey", true,
            [[UnknownKey, UnknownId, "Unknown product", false]]),
        new("dim", "Store",
            ["StoreKey", "StoreId", "StoreName", "Channel", "IsInferred"], "StoreKey", true,
            [[UnknownKey, UnknownId, "Unknown store", "unknown", false]]),
        new("dim", "Campaign",
            ["CampaignKey", "CampaignId", "CampaignName", "IsInferred"], "CampaignKey", true,
            [[UnknownKey, UnknownId, "No campaign / unknown", false]]),
        new("dim", "Touchpoint",
            ["TouchpointKey", "TouchpointCode", "TouchpointName"], "TouchpointKey", false,
            [
                [UnknownKey, "unknown", "Unknown"],
                [1, "store", "Store"],
                [2, "web", "Web"],
                [3, "email", "Email"],
                [4, "phone", "Phone"],
            ]),
        new("etl", "Setting",
            ["SettingName", "SettingValue", "Description"], "SettingName", false,
            [.. Settings.Select(s => new object?[] { s.Name, s.Value, s.Description })]),
    ];
}
