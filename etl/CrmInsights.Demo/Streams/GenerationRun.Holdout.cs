using System.Globalization;
using CrmInsights.Demo.Model;
using CrmInsights.Demo.Output;
using CrmInsights.Demo.Sampling;

namespace CrmInsights.Demo.Streams;

/// <summary>
/// Holdouts and the purchases campaigns cause (email/audiences and ground truth for mart.CampaignUplift). At each send a
/// share (Email:HoldoutShare) of the opted-in audience is held out: listed in the audience file as control, sent nothing.
/// A treated member the campaign reached may buy because of it: a clicker with Email:ClickPurchase, a lag after the click
/// drawn uniformly from 0 to Email:ClickPurchaseLagHours; a member delivered it who did not click with Email:NudgePurchase,
/// within 6 days of the send. These caused purchases are extra orders (CP...) outside the BG/NBD process: they do not move
/// its schedule, its O... sequence or the tier spend, and are never returned. The ground truth per campaign is the share
/// of treated members the campaign converted: a caused purchase and no purchase of their own in the window
/// (Email:UpliftWindowDays after the send) - what treatment minus control estimates. Drawn from a stream of their own
/// (<see cref="StreamIds.Holdout"/>).
/// </summary>
internal sealed partial class GenerationRun
{
    internal static readonly string[] AudienceHeader = ["campaign_id", "email", "group", "customer_id"];
    private const int NudgeDays = 6;

    private readonly List<HoldoutTruth> _holdoutTruth = [];
    private long _causedSeq;

    /// <summary>
    /// Puts an opted-in customer in the campaign's audience (after tallying the campaign they were in before) and writes the
    /// audience row; true when held out (sent nothing).
    /// </summary>
    private bool JoinAudience(int campaign, string campaignId, int customer, ref SplitMix64 rng)
    {
        ref var c = ref _customers[customer];
        var control = rng.Chance(_o.Email.HoldoutShare);
        c.AudienceCampaign = (short)campaign;
        c.Flags = (c.Flags & ~(CustomerFlags.Control | CustomerFlags.BoughtInWindow | CustomerFlags.CausedPurchase)) | (control ? CustomerFlags.Control : CustomerFlags.None);
        // A purchase of their own earlier today but after the send (purchases run before the email) is in the window.
        if (c.LastPurchaseDay == _day && _dayStartUnix[_day] + c.TodayLatestSecond >= _campaigns[campaign].SendUnix)
        {
            c.Flags |= CustomerFlags.BoughtInWindow;
        }

        var truth = _holdoutTruth[campaign];
        truth.Treatment += control ? 0 : 1;
        truth.Control += control ? 1 : 0;
        CheckDay(_audienceFile);
        _audienceFile.Write([campaignId, Person.For(_o.Seed, customer, 0).Email, control ? "control" : "treatment", CustomerId(customer)]);
        return control;
    }

    /// <summary>After a treated member's email sequence is drawn (<see cref="_recipientEvents"/>): whether and when the campaign makes them buy.</summary>
    private void DrawCausedPurchase(int campaign, long sendUnix, int customer, ref SplitMix64 rng)
    {
        long? click = null;
        var delivered = false;
        foreach (var e in _recipientEvents)
        {
            delivered |= e.Event == "delivered";
            click ??= e.Event == "click" ? e.Timestamp : null;
        }

        long at;
        if (click is { } clicked)
        {
            if (!rng.Chance(_o.Email.ClickPurchase))
            {
                return;
            }

            at = clicked + rng.Next((_o.Email.ClickPurchaseLagHours * 3_600) + 1);
        }
        else if (delivered && rng.Chance(_o.Email.NudgePurchase))
        {
            at = sendUnix + rng.Next(NudgeDays * 86_400);
        }
        else
        {
            return;
        }

        var day = _day;
        while (day < _days && _dayStartUnix[day + 1] <= at)
        {
            day++;
        }

        if (day >= _days)
        {
            return; // after the data ends
        }

        _customers[customer].CausedSecond = (int)(at - _dayStartUnix[day]);
        _caused.Add(day, customer);
        _holdoutTruth[campaign].ClickLed += click is null ? 0 : 1;
        _holdoutTruth[campaign].LagHours += click is { } t ? (at - t) / 3_600.0 : 0;
    }

    /// <summary>The caused purchases due today (after the email, so a click-led purchase can follow a click of the same day).</summary>
    private void RunCausedPurchases()
    {
        var due = _caused.Due(_day);
        if (due is null)
        {
            return;
        }

        foreach (var id in due)
        {
            ref var c = ref _customers[id];
            var rng = SplitMix64.For(_o.Seed, StreamIds.Holdout, (1UL << 32) | (ushort)c.AudienceCampaign, (ulong)id);
            var spend = Math.Max(0.5m, Math.Round((decimal)Distributions.Gamma(ref rng, _o.GammaGamma.P, c.Nu), 2));
            var member = (c.Flags & CustomerFlags.Member) != CustomerFlags.None;
            _causedSeq++;
            c.Points += WriteOrder(id, c.HomeStore, false, spend, 0m, 0, TierPointMultipliers[c.Tier], member, _clock.At(_day, c.CausedSecond), ref rng,
                out var net, "CP" + _causedSeq.ToString("D9", CultureInfo.InvariantCulture));
            c.Flags |= CustomerFlags.CausedPurchase;
            c.CardPurchases++;
            var truth = _holdoutTruth[c.AudienceCampaign];
            truth.CausedPurchases++;
            truth.CausedRevenue += net;
        }

        _caused.Release(_day);
    }

    /// <summary>A purchase of the customer's own: in the window of the campaign whose audience they are in, it converts them anyway.</summary>
    private void NoteNaturalPurchase(ref CustomerState c, DateTimeOffset at)
    {
        var unix = at.ToUnixTimeSeconds();
        var second = (int)(unix - _dayStartUnix[_day]);
        c.TodayLatestSecond = c.LastPurchaseDay == _day ? Math.Max(c.TodayLatestSecond, second) : second;
        if (c.AudienceCampaign >= 0)
        {
            var (_, sendDay, sendUnix, _) = _campaigns[c.AudienceCampaign];
            if (unix >= sendUnix && _day - sendDay <= _o.Email.UpliftWindowDays)
            {
                c.Flags |= CustomerFlags.BoughtInWindow;
            }
        }
    }

    /// <summary>Counts the customer's last audience into its campaign's truth (before they join the next one, and at the end).</summary>
    private void TallyAudience(ref CustomerState c)
    {
        if (c.AudienceCampaign < 0)
        {
            return;
        }

        var truth = _holdoutTruth[c.AudienceCampaign];
        var control = (c.Flags & CustomerFlags.Control) != CustomerFlags.None;
        var own = (c.Flags & CustomerFlags.BoughtInWindow) != CustomerFlags.None;
        var caused = (c.Flags & CustomerFlags.CausedPurchase) != CustomerFlags.None;
        truth.CausedConversions += !control && caused && !own ? 1 : 0;
        truth.OwnConversionsTreatment += !control && own ? 1 : 0;
        truth.OwnConversionsControl += control && own ? 1 : 0;
        c.AudienceCampaign = -1;
    }

    /// <summary>What the generator knows about one campaign's holdout.</summary>
    private sealed class HoldoutTruth(string campaignId)
    {
        public string CampaignId { get; } = campaignId;
        public long Treatment;
        public long Control;
        public long CausedPurchases;
        public long ClickLed;
        public double LagHours;
        public decimal CausedRevenue;
        public long CausedConversions;
        public long OwnConversionsTreatment;
        public long OwnConversionsControl;
    }
}
