using System.Globalization;
using System.Text;
using System.Text.Json;
using CrmInsights.Demo.Model;

namespace CrmInsights.Demo.Streams;

/// <summary>Writes ground-truth.json (parameters and realised totals) and ground-truth-customers.csv (per-customer latent values).</summary>
internal sealed partial class GenerationRun
{
    private void WriteGroundTruth()
    {
        for (var i = 0; i < _created; i++)
        {
            TallyAudience(ref _customers[i]);
        }

        using (var stream = new FileStream(Path.Combine(_outDir, "ground-truth.json"), FileMode.Create, FileAccess.Write))
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("schema_version", 1);
            w.WriteString("generator", "CrmInsights.Demo");
            w.WriteNumber("seed", _o.Seed);
            w.WriteNumber("customers", _o.Customers);
            w.WriteNumber("months", _o.Months);
            w.WriteString("start_date", _o.StartDate.ToString("yyyy-MM-dd", Inv));
            w.WriteString("end_date", _o.EndDate.ToString("yyyy-MM-dd", Inv));
            w.WriteNumber("days", _days);
            w.WriteString("business_time_zone", _o.BusinessTimeZone);
            w.WriteString("currency", _o.Currency);
            w.WriteNumber("dirty_rate", _o.DirtyRate);

            w.WriteStartObject("bg_nbd");
            w.WriteString("time_unit", "week");
            w.WriteNumber("r", _o.BgNbd.R);
            w.WriteNumber("alpha", _o.BgNbd.Alpha);
            w.WriteNumber("a", _o.BgNbd.A);
            w.WriteNumber("b", _o.BgNbd.B);
            w.WriteString("notes",
                "lambda ~ Gamma(shape r, rate alpha) purchases per week; p ~ Beta(a, b) dropout after each REPEAT purchase. " +
                "Every customer's first purchase is on its signup_date (BG/NBD time 0). Identified orders (customer_id set, quantity > 0) are the transactions; " +
                "returns (order_id R..., negative quantity) and anonymous orders are not. With seasonality on, the rate at time t is lambda * month_factor * weekday_factor " +
                "(each averaging 1), so fits over whole years recover the parameters approximately; with seasonality off the process is exactly BG/NBD.");
            w.WriteEndObject();

            w.WriteStartObject("gamma_gamma");
            w.WriteNumber("p", _o.GammaGamma.P);
            w.WriteNumber("q", _o.GammaGamma.Q);
            w.WriteNumber("gamma", _o.GammaGamma.Gamma);
            w.WriteNumber("mean_order_value", _o.GammaGamma.P * _o.GammaGamma.Gamma / (_o.GammaGamma.Q - 1));
            w.WriteString("spend_definition",
                "Net order value = sum(quantity * unit_price) - sum(discount_amount) over the order's lines, tax excluded, returns not netted. " +
                "Order value ~ Gamma(shape p, rate nu), nu ~ Gamma(shape q, rate gamma) per customer. Orders with a discount hit the drawn value to the penny; " +
                "orders without one are the nearest basket of catalogue prices (within about one cheap item, unbiased), plus any planted co-purchase partner (co_purchase). Values below 0.50 are raised to 0.50.");
            w.WriteEndObject();

            w.WriteStartObject("co_purchase");
            w.WriteNumber("probability", _o.CoPurchase.Probability);
            w.WriteStartArray("pairs");
            for (var k = 0; k < _coPurchase.Pairs.Count; k++)
            {
                var (anchor, partner) = _coPurchase.Pairs[k];
                w.WriteStartObject();
                w.WriteString("anchor_sku", anchor.Sku);
                w.WriteString("partner_sku", partner.Sku);
                w.WriteNumber("anchor_orders", _coPurchase.AnchorOrders[k]);
                w.WriteNumber("planted_orders", _coPurchase.PlantedOrders[k]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("notes",
                "Planted pairs of distinct mid-priced products (middle three fifths by list price): an order (identified or anonymous) holding the anchor " +
                "gets the partner as one extra unit with the given probability, unless it already has it; anchor_orders counts orders that held the anchor, " +
                "planted_orders those the partner was added to. So confidence(anchor -> partner) is about probability plus the partner's base rate, and lift is far above 1. " +
                "A discounted order absorbs the extra line in its discount (its net stays the drawn value); an undiscounted one is worth the partner's price more. " +
                "Baskets otherwise pick products by price only, so unplanted pairs have no designed affinity.");
            w.WriteEndObject();

            w.WriteStartObject("seasonality");
            w.WriteBoolean("enabled", _o.Seasonality);
            WriteArray(w, "month_factors_jan_to_dec", SeasonalTime.MonthFactorsNormalised);
            WriteArray(w, "weekday_factors_mon_to_sun", SeasonalTime.WeekdayFactorsNormalised);
            w.WriteEndObject();

            w.WriteStartObject("email");
            w.WriteNumber("delivered_rate", _o.Email.Delivered);
            w.WriteNumber("hard_bounce_share_of_failures", _o.Email.HardBounceShareOfFailures);
            w.WriteNumber("deferred_rate", _o.Email.Deferred);
            w.WriteNumber("human_open_rate", _o.Email.HumanOpen);
            w.WriteNumber("machine_open_recipient_share", _o.Email.MachineOpenRecipients);
            w.WriteNumber("click_rate", _o.Email.Click);
            w.WriteNumber("unsubscribe_rate", _o.Email.Unsubscribe);
            w.WriteNumber("spam_report_rate", _o.Email.SpamReport);
            w.WriteNumber("duplicate_delivery_rate", _o.Email.DuplicateDelivery);
            w.WriteString("notes",
                "Rates are per delivered message except delivered_rate (delivered / processed, excluding addresses suppressed after an earlier hard bounce, which get processed + dropped) " +
                "and duplicate_delivery_rate (share of event lines written twice with the same event_id). Human opens exclude machine_open=true events.");
            w.WriteEndObject();

            WriteHoldoutTruth(w);

            w.WriteStartObject("survey");
            w.WriteNumber("response_per_order", _o.Survey.ResponsePerOrder);
            w.WriteNumber("invitation_per_order", _o.Survey.InvitationPerOrder);
            w.WriteNumber("complaint_rate", _o.Survey.Complaint);
            w.WriteNumber("resolution_median_hours", _o.Survey.ResolutionMedianHours);
            w.WriteNumber("resolution_lognormal_sigma", _o.Survey.ResolutionSigma);
            w.WriteNumber("never_resolved_share", _o.Survey.NeverResolved);
            w.WriteString("notes", "Scores follow a latent satisfaction that decreases with the customer's dropout probability (see ground-truth-customers.csv), so NPS/CSAT predict churn.");
            w.WriteEndObject();

            w.WriteStartObject("loyalty");
            WriteArray(w, "tiers", Tiers);
            WriteArray(w, "tier_thresholds_calendar_year_spend", TierThresholds.Select(t => (double)t).ToList());
            WriteArray(w, "points_per_currency_unit_by_tier", TierPointMultipliers);
            w.WriteNumber("redeem_points", RedeemPoints);
            w.WriteNumber("redeem_value", (double)RedeemValue);
            w.WriteNumber("punch_card_every_nth_purchase", _o.PunchCardEveryNthPurchase);
            w.WriteNumber("punch_card_gap_factor", _o.PunchCardGapFactor);
            w.WriteString("punch_card_notes",
                "A member (loyalty id) whose purchases to date are one short of a multiple of punch_card_every_nth_purchase (one purchase from the reward, " +
                "as Snapshot:RewardEveryNthPurchase counts) waits punch_card_gap_factor times the drawn BG/NBD inter-purchase time for the next one " +
                "(realised.punch_card_near_reward_gaps counts them; 0 = off). BG/NBD fits see slightly faster members.");
            w.WriteEndObject();

            w.WriteStartObject("realised");
            foreach (var f in typeof(Realised).GetFields())
            {
                var v = f.GetValue(_realised);
                var name = Snake(f.Name);
                switch (v)
                {
                    case long l:
                        w.WriteNumber(name, l);
                        break;
                    case decimal d:
                        w.WriteNumber(name, d);
                        break;
                    case Dictionary<string, decimal> months:
                        w.WriteStartObject(name);
                        foreach (var (k, m) in months.OrderBy(x => x.Key, StringComparer.Ordinal))
                        {
                            w.WriteNumber(k, m);
                        }

                        w.WriteEndObject();
                        break;
                }
            }

            var alive = 0;
            for (var i = 0; i < _created; i++)
            {
                alive += (_customers[i].Flags & CustomerFlags.Alive) != CustomerFlags.None ? 1 : 0;
            }

            w.WriteNumber("customers_alive_at_end", alive);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        using var csv = new StreamWriter(Path.Combine(_outDir, "ground-truth-customers.csv"), false, new UTF8Encoding(false), 1 << 16);
        csv.NewLine = "\n";
        csv.WriteLine("customer_id,lambda_per_week,dropout_p,nu,satisfaction,alive_at_end,purchases,first_purchase_date,last_purchase_date");
        for (var i = 0; i < _created; i++)
        {
            ref var c = ref _customers[i];
            csv.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{CustomerId(i)},{c.Lambda:R},{c.DropoutP:R},{c.Nu:R},{c.Satisfaction:0.####},{((c.Flags & CustomerFlags.Alive) != CustomerFlags.None ? "true" : "false")},{c.Purchases},{_clock.Date(c.SignupDay):yyyy-MM-dd},{_clock.Date(c.LastPurchaseDay):yyyy-MM-dd}"));
        }
    }

    private void WriteHoldoutTruth(Utf8JsonWriter w)
    {
        var e = _o.Email;
        w.WriteStartObject("holdout");
        w.WriteNumber("holdout_share", e.HoldoutShare);
        w.WriteNumber("click_purchase_rate", e.ClickPurchase);
        w.WriteNumber("click_purchase_lag_hours_max", e.ClickPurchaseLagHours);
        w.WriteNumber("nudge_purchase_rate", e.NudgePurchase);
        w.WriteNumber("nudge_purchase_days_max", NudgeDays);
        w.WriteNumber("window_days", e.UpliftWindowDays);
        w.WriteString("notes",
            "Per campaign, opted-in customers are its audience (email/audiences); holdout_share of them are control and are sent nothing. " +
            "A treated clicker buys because of the campaign with click_purchase_rate, the purchase following the click by a lag uniform on [0, click_purchase_lag_hours_max] hours " +
            "(mean half of it); a treated member delivered it who did not click, with nudge_purchase_rate, uniform within nudge_purchase_days_max days of the send. " +
            "Caused purchases are extra orders CP... outside the BG/NBD process (never returned, not counted to tier spend). " +
            "true_conversion_uplift = caused_conversions / treatment_members, caused_conversions being treated members with a caused purchase and no purchase of their own " +
            "from the send to window_days days after: what the treatment minus control conversion rate (mart.CampaignUplift) estimates. " +
            "true_revenue_uplift_per_member = caused_revenue / treatment_members.");
        w.WriteStartArray("campaigns");
        foreach (var t in _holdoutTruth)
        {
            w.WriteStartObject();
            w.WriteString("campaign_id", t.CampaignId);
            w.WriteNumber("treatment_members", t.Treatment);
            w.WriteNumber("control_members", t.Control);
            w.WriteNumber("caused_purchases", t.CausedPurchases);
            w.WriteNumber("click_led_purchases", t.ClickLed);
            w.WriteNumber("mean_click_to_purchase_lag_hours", t.ClickLed == 0 ? 0 : Math.Round(t.LagHours / t.ClickLed, 3));
            w.WriteNumber("caused_conversions", t.CausedConversions);
            w.WriteNumber("caused_revenue", t.CausedRevenue);
            w.WriteNumber("own_conversions_treatment", t.OwnConversionsTreatment);
            w.WriteNumber("own_conversions_control", t.OwnConversionsControl);
            w.WriteNumber("true_conversion_uplift", t.Treatment == 0 ? 0 : Math.Round((double)t.CausedConversions / t.Treatment, 6));
            w.WriteNumber("true_revenue_uplift_per_member", t.Treatment == 0 ? 0 : Math.Round(t.CausedRevenue / t.Treatment, 4));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter w, string name, IEnumerable<double> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteNumberValue(Math.Round(v, 6));
        }

        w.WriteEndArray();
    }

    private static void WriteArray(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static string Snake(string name)
    {
        var sb = new StringBuilder();
        foreach (var ch in name)
        {
            if (char.IsUpper(ch) && sb.Length > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        return sb.ToString();
    }
}
