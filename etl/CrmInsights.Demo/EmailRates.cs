namespace CrmInsights.Demo;

/// <summary>Configured email engagement rates; the realised rates match them within sampling error.</summary>
public sealed class EmailRates
{
    /// <summary>Delivered / processed for addresses not suppressed before the send.</summary>
    public double Delivered { get; set; } = 0.97;

    /// <summary>Share of the undelivered that bounce hard (the rest bounce soft).</summary>
    public double HardBounceShareOfFailures { get; set; } = 0.35;

    /// <summary>Deferred-then-delivered / delivered.</summary>
    public double Deferred { get; set; } = 0.03;

    /// <summary>Unique human openers / delivered.</summary>
    public double HumanOpen { get; set; } = 0.25;

    /// <summary>Share of recipients behind a privacy proxy that opens every delivered message.</summary>
    public double MachineOpenRecipients { get; set; } = 0.35;

    /// <summary>Unique clickers / delivered (clickers are drawn among human openers).</summary>
    public double Click { get; set; } = 0.03;

    /// <summary>Unsubscribes / delivered.</summary>
    public double Unsubscribe { get; set; } = 0.002;

    /// <summary>Spam reports / delivered.</summary>
    public double SpamReport { get; set; } = 0.0003;

    /// <summary>Share of event lines sent twice (at-least-once webhook delivery).</summary>
    public double DuplicateDelivery { get; set; } = 0.02;

    /// <summary>Share of each campaign's audience held out (the control group: in the audience file, sent nothing).</summary>
    public double HoldoutShare { get; set; } = 0.1;

    /// <summary>Share of treated clickers the click leads to a purchase (caused by the campaign).</summary>
    public double ClickPurchase { get; set; } = 0.5;

    /// <summary>A click-led purchase follows its click by a lag drawn uniformly from 0 to this many hours.</summary>
    public int ClickPurchaseLagHours { get; set; } = 48;

    /// <summary>Share of treated members delivered the campaign who did not click but whom it still moved to buy (within 6 days).</summary>
    public double NudgePurchase { get; set; } = 0.04;

    /// <summary>The days after the send a purchase counts as converted in the ground truth (Snapshot:AttributionClickWindowDays).</summary>
    public int UpliftWindowDays { get; set; } = 7;
}
