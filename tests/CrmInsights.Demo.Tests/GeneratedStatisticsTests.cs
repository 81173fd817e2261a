using System.Globalization;
using System.Text.Json;

namespace CrmInsights.Demo.Tests;

/// <summary>The clean dataset's statistics match the configured model within sampling tolerance.</summary>
public class GeneratedStatisticsTests
{
    private static readonly string Dir = Datasets.Clean.Dir;

    [Fact]
    public void Email_Rates_WithinToleranceOfConfigured()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var byType = new Dictionary<string, int>(StringComparer.Ordinal);
        var humanOpeners = new HashSet<(string, string)>();
        var machineOpens = 0;
        var lines = 0;
        foreach (var file in Datasets.Files(Dir, "email", "events"))
        {
            foreach (var line in File.ReadLines(file))
            {
                lines++;
                using var doc = JsonDocument.Parse(line);
                var e = doc.RootElement;
                if (!seen.Add(e.GetProperty("event_id").GetString()!))
                {
                    continue;
                }

                var type = e.GetProperty("event").GetString()!;
                byType[type] = byType.GetValueOrDefault(type) + 1;
                if (type == "open")
                {
                    if (e.GetProperty("machine_open").GetBoolean())
                    {
                        machineOpens++;
                    }
                    else
                    {
                        humanOpeners.Add((e.GetProperty("email").GetString()!.Trim().ToLowerInvariant(), e.GetProperty("campaign_id").GetString()!));
                    }
                }
            }
        }

        var sent = byType["processed"] - byType.GetValueOrDefault("dropped");
        var delivered = (double)byType["delivered"];
        Assert.InRange(delivered / sent, 0.96, 0.98);
        Assert.InRange(humanOpeners.Count / delivered, 0.22, 0.28);
        Assert.InRange(byType["click"] / delivered, 0.02, 0.04);
        Assert.InRange(byType.GetValueOrDefault("unsubscribe") / delivered, 0.0005, 0.005);
        Assert.True(machineOpens > 0.25 * delivered, "machine opens from privacy proxies");
        Assert.True(byType["bounce"] > 0 && byType["deferred"] > 0);
        var duplicates = lines - seen.Count;
        Assert.InRange(duplicates / (double)lines, 0.01, 0.03);
    }

    [Fact]
    public void OrderLines_DecemberRevenueAboveAverageMonth_AndReturnsPresent()
    {
        var revenue = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var returns = 0;
        foreach (var file in Datasets.Files(Dir, "pos", "order_lines"))
        {
            foreach (var r in SimpleCsv.Rows(file))
            {
                var q = int.Parse(r["quantity"], CultureInfo.InvariantCulture);
                var net = (q * decimal.Parse(r["unit_price"], CultureInfo.InvariantCulture)) - decimal.Parse(r["discount_amount"], CultureInfo.InvariantCulture);
                revenue[r["ordered_at"][..7]] = revenue.GetValueOrDefault(r["ordered_at"][..7]) + net;
                returns += q < 0 ? 1 : 0;
            }
        }

        var average = revenue.Values.Average();
        Assert.True(revenue["2025-12"] > average * 1.3m, $"Dec {revenue["2025-12"]} vs average {average}");
        Assert.True(revenue["2025-12"] > revenue["2025-11"] && revenue["2025-12"] > revenue["2025-10"]);
        Assert.True(returns > 100, $"{returns} return lines");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "ground-truth.json")));
        Assert.Equal(truth.RootElement.GetProperty("realised").GetProperty("net_revenue").GetDecimal(), revenue.Values.Sum());
    }

    [Fact]
    public void OnlineOrders_MatchPurchaseEventsByTransactionId()
    {
        var online = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var file in Datasets.Files(Dir, "pos", "order_lines"))
        {
            foreach (var r in SimpleCsv.Rows(file).Where(r => r["store_id"] == "WEB" && r["order_id"].StartsWith('O')))
            {
                var net = (int.Parse(r["quantity"], CultureInfo.InvariantCulture) * decimal.Parse(r["unit_price"], CultureInfo.InvariantCulture)) - decimal.Parse(r["discount_amount"], CultureInfo.InvariantCulture);
                online[r["order_id"]] = online.GetValueOrDefault(r["order_id"]) + net;
            }
        }

        var purchases = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var file in Datasets.Files(Dir, "web", "events"))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Contains("\"purchase\"", StringComparison.Ordinal)))
            {
                using var doc = JsonDocument.Parse(line);
                purchases[doc.RootElement.GetProperty("transaction_id").GetString()!] = doc.RootElement.GetProperty("value").GetDecimal();
            }
        }

        Assert.True(online.Count > 500);
        Assert.Equal(online.Keys.Order(StringComparer.Ordinal), purchases.Keys.Order(StringComparer.Ordinal));
        Assert.All(online, o => Assert.Equal(o.Value, purchases[o.Key]));
    }

    [Fact]
    public void Customers_Scd2AttributesChangeOverTime()
    {
        var rows = Datasets.Files(Dir, "pos", "customers").SelectMany(SimpleCsv.Rows).ToList();
        var versions = rows.GroupBy(r => r["customer_id"], StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        Assert.Equal(2_000, rows.Select(r => r["customer_id"]).Distinct().Count());
        bool Changed(IGrouping<string, Dictionary<string, string>> g, string column) => g.Select(r => r[column]).Distinct().Count() > 1;
        Assert.True(versions.Count(g => Changed(g, "loyalty_tier")) > 50, "tier changes");
        Assert.True(versions.Count(g => Changed(g, "city")) > 20, "moves");
        Assert.True(versions.Count(g => Changed(g, "marketing_opt_in")) > 5, "opt-in changes");
        Assert.Contains(versions, g => g.Select(r => r["loyalty_tier"]).SequenceEqual(["Bronze", "Silver", "Bronze"]) || g.Any(r => r["loyalty_tier"] == "Gold"));
        Assert.All(rows.Where(r => r["birth_date"].Length > 0), r => DateOnly.ParseExact(r["birth_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void GroundTruth_LatentParametersMatchConfiguredDistributions()
    {
        var o = new DemoOptions();
        var rows = SimpleCsv.Rows(Path.Combine(Dir, "ground-truth-customers.csv")).ToList();
        double Mean(string c) => rows.Average(r => double.Parse(r[c], CultureInfo.InvariantCulture));
        Assert.Equal(2_000, rows.Count);
        Assert.InRange(Mean("lambda_per_week"), o.BgNbd.R / o.BgNbd.Alpha * 0.9, o.BgNbd.R / o.BgNbd.Alpha * 1.1);
        Assert.InRange(Mean("dropout_p"), o.BgNbd.A / (o.BgNbd.A + o.BgNbd.B) * 0.9, o.BgNbd.A / (o.BgNbd.A + o.BgNbd.B) * 1.1);
        Assert.InRange(Mean("nu"), o.GammaGamma.Q / o.GammaGamma.Gamma * 0.95, o.GammaGamma.Q / o.GammaGamma.Gamma * 1.05);
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "ground-truth.json")));
        var root = truth.RootElement;
        Assert.Equal("week", root.GetProperty("bg_nbd").GetProperty("time_unit").GetString());
        Assert.Equal(o.BgNbd.R, root.GetProperty("bg_nbd").GetProperty("r").GetDouble());
        Assert.Equal(o.GammaGamma.Gamma, root.GetProperty("gamma_gamma").GetProperty("gamma").GetDouble());
        Assert.Equal(rows.Count(r => r["alive_at_end"] == "true"), root.GetProperty("realised").GetProperty("customers_alive_at_end").GetInt32());
    }

    [Fact]
    public void Orders_MeanIdentifiedOrderValueNearGammaGammaMean()
    {
        var o = new DemoOptions();
        var orders = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var file in Datasets.Files(Dir, "pos", "order_lines"))
        {
            foreach (var r in SimpleCsv.Rows(file).Where(r => r["order_id"].StartsWith('O') && r["customer_id"].Length > 0))
            {
                var net = (int.Parse(r["quantity"], CultureInfo.InvariantCulture) * decimal.Parse(r["unit_price"], CultureInfo.InvariantCulture)) - decimal.Parse(r["discount_amount"], CultureInfo.InvariantCulture);
                orders[r["order_id"]] = orders.GetValueOrDefault(r["order_id"]) + net;
            }
        }

        var expected = o.GammaGamma.P * o.GammaGamma.Gamma / (o.GammaGamma.Q - 1);
        Assert.InRange((double)orders.Values.Average(), expected * 0.9, expected * 1.1);
        Assert.All(orders.Values, v => Assert.True(v > 0));
    }

    [Fact]
    public void Surveys_DetractorsChurnMore_AndComplaintsResolveLater()
    {
        var alive = SimpleCsv.Rows(Path.Combine(Dir, "ground-truth-customers.csv")).ToDictionary(r => r["customer_id"], r => r["alive_at_end"] == "true", StringComparer.Ordinal);
        var responses = Datasets.Files(Dir, "survey", "responses").SelectMany(SimpleCsv.Rows).Where(r => r["customer_id"].Length > 0).ToList();
        Assert.True(responses.Count > 300);
        var aliveNps = responses.Where(r => alive[r["customer_id"]]).Average(r => int.Parse(r["nps"], CultureInfo.InvariantCulture));
        var churnedNps = responses.Where(r => !alive[r["customer_id"]]).Average(r => int.Parse(r["nps"], CultureInfo.InvariantCulture));
        Assert.True(aliveNps > churnedNps + 0.3, $"alive {aliveNps} vs churned {churnedNps}");
        var complaints = responses.Where(r => r["complaint"] == "true").ToList();
        Assert.NotEmpty(complaints);
        Assert.All(complaints.Where(r => r["resolved_at"].Length > 0), r =>
            Assert.True(DateTimeOffset.Parse(r["resolved_at"], CultureInfo.InvariantCulture) > DateTimeOffset.Parse(r["recorded_at"], CultureInfo.InvariantCulture)));
        Assert.All(responses, r => Assert.InRange(int.Parse(r["nps"], CultureInfo.InvariantCulture), 0, 10));
    }

    [Fact]
    public void Surveys_EveryResponseAnswersAnEarlierInvitation_AndTheRateIsResponsePerInvitation()
    {
        var invitations = Datasets.Files(Dir, "survey", "invitations").SelectMany(SimpleCsv.Rows).ToList();
        var sent = invitations.ToLookup(r => (r["customer_id"], r["survey_id"]), r => DateTimeOffset.Parse(r["sent_at"], CultureInfo.InvariantCulture));
        var responses = Datasets.Files(Dir, "survey", "responses").SelectMany(SimpleCsv.Rows).Where(r => r["customer_id"].Length > 0).ToList();

        // Every response by customer id has an invitation of the same customer and survey sent 1-5 days before it, inside the
        // mart's default 14-day window.
        Assert.All(responses, r =>
        {
            var at = DateTimeOffset.Parse(r["recorded_at"], CultureInfo.InvariantCulture);
            Assert.Contains(sent[(r["customer_id"], r["survey_id"])], s => s < at && at - s < TimeSpan.FromDays(7));
        });
        Assert.Equal(invitations.Count, invitations.Select(r => r["invitation_id"]).Distinct(StringComparer.Ordinal).Count());
        Assert.All(invitations, r => Assert.Contains(r["channel"], new[] { "email", "sms", "receipt" }));
        // ResponsePerOrder / InvitationPerOrder = 0.06 / 0.2 = 0.3 (email-only responses are left out above, about 15 %).
        var all = Datasets.Files(Dir, "survey", "responses").SelectMany(SimpleCsv.Rows).Count();
        Assert.InRange(all / (double)invitations.Count, 0.25, 0.35);
    }

    [Fact]
    public void Holdout_ControlIsSentNothing_CausedPurchasesFollowTheirClicksWithTheKnownLag()
    {
        var audience = Datasets.Files(Dir, "email", "audiences").SelectMany(SimpleCsv.Rows).ToList();
        var control = audience.Where(r => r["group"] == "control").Select(r => (r["campaign_id"], r["email"])).ToHashSet();
        // Email:HoldoutShare 0.1 of each opted-in audience is held out.
        Assert.InRange(control.Count / (double)audience.Count, 0.08, 0.12);
        Assert.All(audience, r => Assert.Contains(r["group"], new[] { "treatment", "control" }));
        var clicks = new Dictionary<(string Campaign, string Email), long>();
        foreach (var line in Datasets.Files(Dir, "email", "events").SelectMany(File.ReadLines))
        {
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            var key = (e.GetProperty("campaign_id").GetString()!, e.GetProperty("email").GetString()!.Trim().ToLowerInvariant());
            Assert.DoesNotContain(key, control);
            if (e.GetProperty("event").GetString() == "click")
            {
                clicks.TryAdd(key, e.GetProperty("timestamp").GetInt64());
            }
        }

        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "ground-truth.json")));
        var holdout = truth.RootElement.GetProperty("holdout");
        var campaigns = holdout.GetProperty("campaigns").EnumerateArray().ToList();
        Assert.Equal(24, campaigns.Count);
        Assert.All(campaigns, c => Assert.Equal(
            audience.Count(r => r["campaign_id"] == c.GetProperty("campaign_id").GetString() && r["group"] == "control"), c.GetProperty("control_members").GetInt64()));
        // Every caused purchase (CP...) is one order; the ground truth counts them all.
        var caused = Datasets.Files(Dir, "pos", "order_lines").SelectMany(SimpleCsv.Rows).Where(r => r["order_id"].StartsWith("CP", StringComparison.Ordinal))
            .GroupBy(r => r["order_id"]).Select(g => (Customer: g.First()["customer_id"], At: DateTimeOffset.Parse(g.First()["ordered_at"], CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(campaigns.Sum(c => c.GetProperty("caused_purchases").GetInt64()), caused.Count);
        // Click-led purchases follow the click by a lag uniform on 0-48 hours: pooled mean about 24 hours.
        var clickLed = campaigns.Sum(c => c.GetProperty("click_led_purchases").GetInt64());
        var meanLag = campaigns.Sum(c => c.GetProperty("mean_click_to_purchase_lag_hours").GetDouble() * c.GetProperty("click_led_purchases").GetInt64()) / clickLed;
        Assert.True(clickLed > 100, $"{clickLed} click-led purchases");
        Assert.InRange(meanLag, 20, 28);
        // The truth is a real effect: on average a few points of the treated are converted by the campaign alone.
        var meanUplift = campaigns.Skip(3).Average(c => c.GetProperty("true_conversion_uplift").GetDouble());
        Assert.InRange(meanUplift, 0.02, 0.08);
    }

    [Fact]
    public void PunchCard_MembersOnePurchaseFromTheRewardComeBackSooner()
    {
        var members = Datasets.Files(Dir, "pos", "customers").SelectMany(SimpleCsv.Rows).Where(r => r["loyalty_id"].Length > 0).Select(r => r["customer_id"]).ToHashSet();
        // Every purchase order (caused ones included, as the reward rule counts), per member, in time order.
        var purchases = Datasets.Files(Dir, "pos", "order_lines").SelectMany(SimpleCsv.Rows)
            .Where(r => r["customer_id"].Length > 0 && !r["order_id"].StartsWith('R') && members.Contains(r["customer_id"]))
            .GroupBy(r => r["order_id"]).Select(g => (Customer: g.First()["customer_id"], At: DateTimeOffset.Parse(g.First()["ordered_at"], CultureInfo.InvariantCulture)))
            .GroupBy(p => p.Customer).Where(g => g.Count() >= 10).Select(g => g.OrderBy(p => p.At).Select(p => p.At).ToList()).ToList();
        double near = 0, other = 0;
        long nearN = 0, otherN = 0;
        foreach (var times in purchases)
        {
            for (var k = 1; k < times.Count; k++)
            {
                var gap = (times[k] - times[k - 1]).TotalDays;
                // The gap after the k-th purchase: k = 9, 19, ... is one purchase from the 10th (Snapshot:RewardEveryNthPurchase).
                if (k % 10 == 9)
                {
                    near += gap;
                    nearN++;
                }
                else
                {
                    other += gap;
                    otherN++;
                }
            }
        }

        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "ground-truth.json")));
        Assert.Equal(0.6, truth.RootElement.GetProperty("loyalty").GetProperty("punch_card_gap_factor").GetDouble());
        Assert.True(nearN > 100, $"{nearN} gaps one purchase from a reward");
        // PunchCardGapFactor 0.6 on the same members' own gaps (sampling and the odd caused purchase in between blur it).
        Assert.InRange(near / nearN / (other / otherN), 0.45, 0.8);
    }

    [Fact]
    public void Web_SessionsIdentifiedAndAnonymous()
    {
        var sessions = new HashSet<(string, long)>();
        var identified = new HashSet<(string, long)>();
        var late = 0;
        foreach (var file in Datasets.Files(Dir, "web", "events").Take(200))
        {
            var fileDay = DateOnly.ParseExact(Path.GetFileNameWithoutExtension(file)[^10..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var dayStart = new DateTimeOffset(fileDay.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(1)).ToUnixTimeMilliseconds() * 1000;
            foreach (var line in File.ReadLines(file))
            {
                using var doc = JsonDocument.Parse(line);
                var e = doc.RootElement;
                var key = (e.GetProperty("user_pseudo_id").GetString()!, e.GetProperty("ga_session_id").GetInt64());
                sessions.Add(key);
                if (e.TryGetProperty("user_id", out _))
                {
                    identified.Add(key);
                }

                Assert.True(e.GetProperty("event_timestamp").GetInt64() > 1_700_000_000_000_000);
                late += e.GetProperty("event_timestamp").GetInt64() < dayStart - 3_600_000_000L ? 1 : 0;
            }
        }

        Assert.True(late > 0, "some events arrive in the next day's file");

        var share = identified.Count / (double)sessions.Count;
        Assert.InRange(share, 0.2, 0.8);
    }
}
