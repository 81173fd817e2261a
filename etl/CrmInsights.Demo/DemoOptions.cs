using System.Globalization;

namespace CrmInsights.Demo;

/// <summary>What to generate; bound to the <c>Demo</c> configuration section.</summary>
public sealed class DemoOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Demo";

    /// <summary>Number of customers (each makes a first purchase on its signup day).</summary>
    public int Customers { get; set; } = 2_000;

    /// <summary>Length of the period in calendar months.</summary>
    public int Months { get; set; } = 24;

    /// <summary>Seed: the same options and seed give the same bytes.</summary>
    public long Seed { get; set; } = 42;

    /// <summary>First business day of the period.</summary>
    public DateOnly StartDate { get; set; } = new(2024, 1, 1);

    /// <summary>Output folder; files go to <c>OutputDirectory/inbox/&lt;source&gt;/</c>.</summary>
    public string OutputDirectory { get; set; } = "demo-data";

    /// <summary>Time one source file covers (day, week or month); the same seed gives the same rows, only grouped into fewer files.</summary>
    public DropPeriod DropPeriod { get; set; } = DropPeriod.Day;

    /// <summary>Share of rows given an injected defect (0 = clean data).</summary>
    public double DirtyRate { get; set; }

    /// <summary>IANA id of the business time zone.</summary>
    public string BusinessTimeZone { get; set; } = "Europe/London";

    /// <summary>ISO currency code written on order lines.</summary>
    public string Currency { get; set; } = "GBP";

    /// <summary>Number of physical stores (one more opens half-way through the period).</summary>
    public int Stores { get; set; } = 12;

    /// <summary>Number of products in the catalogue.</summary>
    public int Products { get; set; } = 400;

    /// <summary>Seasonal and weekday modulation of purchase rates (off gives a stationary BG/NBD process).</summary>
    public bool Seasonality { get; set; } = true;

    /// <summary>Purchase-process parameters.</summary>
    public BgNbdParameters BgNbd { get; set; } = new();

    /// <summary>Spend parameters.</summary>
    public GammaGammaParameters GammaGamma { get; set; } = new();

    /// <summary>Email rates.</summary>
    public EmailRates Email { get; set; } = new();

    /// <summary>Survey rates.</summary>
    public SurveyRates Survey { get; set; } = new();

    /// <summary>
    /// Punch card: a loyalty member whose purchases to date are one short of a multiple of this (one purchase from the
    /// reward, as Snapshot:RewardEveryNthPurchase counts) buys sooner; 0 = off.
    /// </summary>
    public int PunchCardEveryNthPurchase { get; set; } = 10;

    /// <summary>Punch card: the member's next inter-purchase time is multiplied by this when one purchase from the reward (1 = no effect).</summary>
    public double PunchCardGapFactor { get; set; } = 0.6;

    /// <summary>Planted co-purchase pairs.</summary>
    public CoPurchaseSettings CoPurchase { get; set; } = new();

    /// <summary>Browse-only web sessions per identified customer per purchase (scales web volume).</summary>
    public double BrowseSessionsPerPurchase { get; set; } = 2;

    /// <summary>Anonymous web sessions per online order.</summary>
    public double AnonymousSessionsPerOnlineOrder { get; set; } = 2.5;

    /// <summary>Returns every failure (key and bad value); empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Check(bool ok, string key, object value, string rule)
        {
            if (!ok)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:{key} {rule}, was {value}."));
            }
        }

        Check(Customers is >= 1 and <= 50_000_000, nameof(Customers), Customers, "must be between 1 and 50,000,000");
        Check(Months is >= 1 and <= 120, nameof(Months), Months, "must be between 1 and 120");
        Check(Enum.IsDefined(DropPeriod), nameof(DropPeriod), DropPeriod, "must be Day, Week or Month");
        Check(DirtyRate is >= 0 and <= 0.5, nameof(DirtyRate), DirtyRate, "must be between 0 and 0.5");
        Check(Stores is >= 1 and <= 999, nameof(Stores), Stores, "must be between 1 and 999");
        Check(Products is >= 20 and <= 99_999, nameof(Products), Products, "must be between 20 and 99,999");
        Check(!string.IsNullOrWhiteSpace(OutputDirectory), nameof(OutputDirectory), $"'{OutputDirectory}'", "must be a folder path");
        Check(Currency is { Length: 3 }, nameof(Currency), $"'{Currency}'", "must be a 3-letter ISO code");
        Check(TryFindTimeZone(BusinessTimeZone) is not null, nameof(BusinessTimeZone), $"'{BusinessTimeZone}'", "must be a known time zone id");
        Check(BgNbd.R > 0, "BgNbd:R", BgNbd.R, "must be positive");
        Check(BgNbd.Alpha > 0, "BgNbd:Alpha", BgNbd.Alpha, "must be positive");
        Check(BgNbd.A > 0, "BgNbd:A", BgNbd.A, "must be positive");
        Check(BgNbd.B > 0, "BgNbd:B", BgNbd.B, "must be positive");
        Check(GammaGamma.P > 0, "GammaGamma:P", GammaGamma.P, "must be positive");
        Check(GammaGamma.Q > 1, "GammaGamma:Q", GammaGamma.Q, "must be above 1 (finite mean spend)");
        Check(GammaGamma.Gamma > 0, "GammaGamma:Gamma", GammaGamma.Gamma, "must be positive");
        foreach (var (key, value) in new (string, double)[]
                 {
                     ("Email:Delivered", Email.Delivered), ("Email:HardBounceShareOfFailures", Email.HardBounceShareOfFailures),
                     ("Email:Deferred", Email.Deferred), ("Email:HumanOpen", Email.HumanOpen),
                     ("Email:MachineOpenRecipients", Email.MachineOpenRecipients), ("Email:Unsubscribe", Email.Unsubscribe),
                     ("Email:SpamReport", Email.SpamReport), ("Email:DuplicateDelivery", Email.DuplicateDelivery),
                     ("Survey:ResponsePerOrder", Survey.ResponsePerOrder), ("Survey:Complaint", Survey.Complaint),
                     ("Survey:NeverResolved", Survey.NeverResolved), ("Survey:InvitationPerOrder", Survey.InvitationPerOrder),
                     ("Email:HoldoutShare", Email.HoldoutShare), ("Email:ClickPurchase", Email.ClickPurchase), ("Email:NudgePurchase", Email.NudgePurchase),
                 })
        {
            Check(value is >= 0 and <= 1, key, value, "must be a rate between 0 and 1");
        }

        Check(Email.ClickPurchaseLagHours is >= 0 and <= 72, "Email:ClickPurchaseLagHours", Email.ClickPurchaseLagHours,
            "must be between 0 and 72 (a click-led purchase stays inside the 7-day window)");
        Check(Email.UpliftWindowDays is >= 6 and <= 365, "Email:UpliftWindowDays", Email.UpliftWindowDays,
            "must be between 6 and 365 (caused purchases fall within 6 days of the send)");
        // Each pair takes two distinct products from the middle three fifths of the catalogue by price.
        Check(CoPurchase.Pairs >= 0 && CoPurchase.Pairs * 2 <= Products * 3 / 5, "CoPurchase:Pairs", CoPurchase.Pairs,
            "must be between 0 and three tenths of Products (two mid-priced products per pair)");
        Check(CoPurchase.Probability is >= 0 and <= 1, "CoPurchase:Probability", CoPurchase.Probability, "must be a rate between 0 and 1");
        Check(Email.Click <= Email.HumanOpen, "Email:Click", Email.Click, "must not exceed Email:HumanOpen (clickers are openers)");
        Check(Survey.InvitationPerOrder >= Survey.ResponsePerOrder, "Survey:InvitationPerOrder", Survey.InvitationPerOrder,
            "must be at least Survey:ResponsePerOrder (every response answers an invitation)");
        Check(Survey.ResolutionMedianHours > 0, "Survey:ResolutionMedianHours", Survey.ResolutionMedianHours, "must be positive");
        Check(Survey.ResolutionSigma > 0, "Survey:ResolutionSigma", Survey.ResolutionSigma, "must be positive");
        Check(PunchCardEveryNthPurchase is 0 or (>= 2 and <= 1000), nameof(PunchCardEveryNthPurchase), PunchCardEveryNthPurchase, "must be 0 (off) or between 2 and 1000");
        Check(PunchCardGapFactor is > 0 and <= 1, nameof(PunchCardGapFactor), PunchCardGapFactor, "must be above 0 and at most 1 (a reward near makes nobody wait longer)");
        Check(BrowseSessionsPerPurchase is >= 0 and <= 100, nameof(BrowseSessionsPerPurchase), BrowseSessionsPerPurchase, "must be between 0 and 100");
        Check(AnonymousSessionsPerOnlineOrder is >= 0 and <= 100, nameof(AnonymousSessionsPerOnlineOrder), AnonymousSessionsPerOnlineOrder, "must be between 0 and 100");
        return errors;
    }

    /// <summary>The last day of the period (inclusive).</summary>
    public DateOnly EndDate => StartDate.AddMonths(Months).AddDays(-1);

    /// <summary>The first day of the drop period holding <paramref name="date"/> (weeks start on Monday).</summary>
    internal static DateOnly PeriodStart(DropPeriod period, DateOnly date) => period switch
    {
        DropPeriod.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        DropPeriod.Month => new DateOnly(date.Year, date.Month, 1),
        _ => date,
    };

    // TimeZoneConverter rather than FindSystemTimeZoneById: with InvariantGlobalization, Windows cannot map IANA ids without it.
    internal static TimeZoneInfo? TryFindTimeZone(string id) =>
        TimeZoneConverter.TZConvert.TryGetTimeZoneInfo(id, out var zone) ? zone : null;
}
