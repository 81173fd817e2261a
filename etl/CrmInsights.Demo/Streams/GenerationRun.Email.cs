using System.Globalization;
using CrmInsights.Demo.Dirty;
using CrmInsights.Demo.Model;
using CrmInsights.Demo.Sampling;

namespace CrmInsights.Demo.Streams;

/// <summary>
/// Email: a newsletter on the first Thursday of each month to opted-in customers. Each
/// recipient's event sequence is drawn from its own (campaign, customer) stream, so the
/// sequence can be replayed on each of the following days and the events whose time falls
/// on that day written to that day's file, without holding any campaign's events in memory.
/// </summary>
internal sealed partial class GenerationRun
{
    internal static readonly string[] CampaignHeader = ["campaign_id", "name", "subject", "sent_at", "segment", "cost"];
    private const int EmailTailDays = 3;
    private static readonly DefectKind[] EmailDefects = [DefectKind.MissingRequired, DefectKind.InvalidDate, DefectKind.InvalidValue];
    private static readonly string[] Subjects =
    [
        "New in: {0} picks you'll love", "Your {0} edit is here", "Members save 20% this {0}", "Don't miss out: {0} favourites",
        "Last chance for {0} offers", "The {0} gift guide",
    ];

    private readonly List<(int Index, int SendDay, long SendUnix, string Id)> _campaigns = [];
    private readonly List<EmailEvent> _recipientEvents = [];

    private void RunEmail(DateOnly date)
    {
        if (date.DayOfWeek == DayOfWeek.Thursday && date.Day <= 7)
        {
            SendCampaign(date);
        }

        foreach (var (index, sendDay, sendUnix, id) in _campaigns)
        {
            if (sendDay < _day && _day <= sendDay + EmailTailDays)
            {
                for (var i = 0; i < _created; i++)
                {
                    if (_customers[i].LastCampaign == index)
                    {
                        EmitRecipient(index, id, sendUnix, i);
                    }
                }
            }
        }
    }

    private void SendCampaign(DateOnly date)
    {
        var index = _campaigns.Count;
        var id = "C" + date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var sent = _clock.At(_day, 10 * 3600);
        _campaigns.Add((index, _day, sent.ToUnixTimeSeconds(), id));
        _holdoutTruth.Add(new HoldoutTruth(id));
        _realised.Campaigns++;
        var recipients = 0L;
        for (var i = 0; i < _created; i++)
        {
            ref var c = ref _customers[i];
            TallyAudience(ref c);
            if ((c.Flags & (CustomerFlags.HasEmail | CustomerFlags.OptIn)) != (CustomerFlags.HasEmail | CustomerFlags.OptIn))
            {
                continue;
            }

            var holdout = SplitMix64.For(_o.Seed, StreamIds.Holdout, (ulong)index, (ulong)i);
            if (JoinAudience(index, id, i, ref holdout))
            {
                continue;
            }

            recipients++;
            c.LastCampaign = (short)index;
            c.Flags = (c.Flags & CustomerFlags.HardBounced) != CustomerFlags.None ? c.Flags | CustomerFlags.SuppressedAtSend : c.Flags & ~CustomerFlags.SuppressedAtSend;
            EmitRecipient(index, id, sent.ToUnixTimeSeconds(), i);
            DrawCausedPurchase(index, sent.ToUnixTimeSeconds(), i, ref holdout);
        }

        var month = date.ToString("MMMM", CultureInfo.InvariantCulture);
        var cost = 250m + (recipients * 0.002m);
        CheckDay(_campaignsFile);
        _campaignsFile.Write([id, month + " " + date.Year.ToString(CultureInfo.InvariantCulture) + " newsletter", string.Format(CultureInfo.InvariantCulture, Subjects[index % Subjects.Length], month), BusinessClock.Iso(sent), "opted_in", Money(cost)]);
    }

    /// <summary>Draws the recipient's whole sequence and writes the events that fall on today.</summary>
    private void EmitRecipient(int campaign, string campaignId, long sendUnix, int customer)
    {
        ref var c = ref _customers[customer];
        var rng = SplitMix64.For(_o.Seed, StreamIds.Email, (ulong)campaign, (ulong)customer);
        string? email = null;
        var r = _o.Email;
        var events = _recipientEvents;
        events.Clear();
        var seq = 0;
        EmailEvent Make(long ts, string ev, string? url = null, string? reason = null, string? bounce = null, bool? machine = null)
        {
            var idHash = SplitMix64.Mix(SplitMix64.Mix(((ulong)_o.Seed << 20) ^ (ulong)campaign) ^ ((ulong)customer << 8) ^ (ulong)seq++);
            // Duplicates and address spelling come from the event's own hash, so every replay day agrees.
            var duplicate = (SplitMix64.Mix(idHash) % 1_000_000UL) < (ulong)(r.DuplicateDelivery * 1_000_000);
            return new EmailEvent("evt_" + idHash.ToString("x16", CultureInfo.InvariantCulture), idHash % 40 == 0, ts, ev, campaignId, url, reason, bounce, machine, duplicate);
        }

        var limit = sendUnix + (EmailTailDays * 86_400) - 3_600;
        var t0 = sendUnix + rng.Next(7_200);
        events.Add(Make(t0, "processed"));
        var suppressed = (c.Flags & CustomerFlags.SuppressedAtSend) != CustomerFlags.None;
        var failed = false;
        var hard = false;
        if (suppressed)
        {
            events.Add(Make(t0 + 1, "dropped", reason: "Bounced Address"));
        }
        else if (!rng.Chance(r.Delivered))
        {
            failed = true;
            hard = rng.Chance(r.HardBounceShareOfFailures);
            if (hard)
            {
                events.Add(Make(t0 + 5 + rng.Next(60), "bounce", reason: "550 5.1.1 The email account that you tried to reach does not exist", bounce: "hard"));
            }
            else
            {
                events.Add(Make(t0 + 30 + rng.Next(300), "deferred", reason: "421 4.7.0 Try again later"));
                events.Add(Make(t0 + 3_600 + rng.Next(20 * 3_600), "bounce", reason: "452 4.2.2 Mailbox full", bounce: "soft"));
            }
        }
        else
        {
            var delivered = t0 + 2 + rng.Next(30);
            if (rng.Chance(r.Deferred))
            {
                events.Add(Make(t0 + 20 + rng.Next(60), "deferred", reason: "421 4.7.0 Try again later"));
                delivered += 600 + rng.Next(3_000);
            }

            events.Add(Make(delivered, "delivered"));
            if ((c.Flags & CustomerFlags.PrivacyProxy) != CustomerFlags.None)
            {
                events.Add(Make(delivered + 60 + rng.Next(1_800), "open", machine: true));
            }

            if (rng.Chance(r.HumanOpen))
            {
                var open = Math.Min(limit - 600, delivered + (long)Distributions.LogNormal(ref rng, Math.Log(3 * 3_600), 1.2));
                var opens = 1 + Math.Min(3, Distributions.Geometric(ref rng, 0.6));
                for (var k = 0; k < opens; k++)
                {
                    events.Add(Make(open + (k * (60 + rng.Next(3_600))), "open", machine: false));
                }

                if (rng.Chance(r.Click / r.HumanOpen))
                {
                    var product = _catalog.Products[rng.Next(_catalog.Products.Length)];
                    events.Add(Make(open + 5 + rng.Next(300), "click", url: $"{Site}/p/{product.Sku}?utm_source=newsletter&utm_medium=email&utm_campaign={campaignId}"));
                }

                if (rng.Chance(r.Unsubscribe / r.HumanOpen))
                {
                    events.Add(Make(open + 10 + rng.Next(300), "unsubscribe"));
                }

                if (rng.Chance(r.SpamReport / r.HumanOpen))
                {
                    events.Add(Make(open + 20 + rng.Next(300), "spamreport"));
                }
            }
        }

        var dayStart = _dayStartUnix[_day];
        var dayEnd = _dayStartUnix[_day + 1];
        foreach (var e in events)
        {
            if (e.Timestamp < dayStart || e.Timestamp >= dayEnd)
            {
                continue;
            }

            CountEmail(e, suppressed);
            // Derived only for recipients with an event today: most replay days have none.
            email ??= Person.For(_o.Seed, customer, 0).Email;
            var address = e.UpperCaseAddress ? " " + email.ToUpperInvariant() : email;
            var copies = e.Duplicate ? 2 : 1;
            for (var k = 0; k < copies; k++)
            {
                WriteEmailEvent(e, address);
            }

            _realised.EmailDuplicateLines += copies - 1;
            if (e.Event == "unsubscribe" && (c.Flags & CustomerFlags.OptIn) != CustomerFlags.None)
            {
                c.Flags &= ~CustomerFlags.OptIn;
                _realised.OptInChanges++;
                WriteCustomer(customer, DateTimeOffset.FromUnixTimeSeconds(e.Timestamp + 5).ToOffset(_clock.At(_day, 12 * 3600).Offset));
            }
            else if (e.Event == "bounce" && hard && failed)
            {
                c.Flags |= CustomerFlags.HardBounced;
            }
        }
    }

    private void CountEmail(in EmailEvent e, bool suppressed)
    {
        switch (e.Event)
        {
            case "processed":
                _realised.EmailProcessed++;
                _realised.EmailSuppressed += suppressed ? 1 : 0;
                break;
            case "delivered":
                _realised.EmailDelivered++;
                break;
            case "deferred":
                _realised.EmailDeferred++;
                break;
            case "bounce":
                _realised.EmailHardBounces += e.BounceType == "hard" ? 1 : 0;
                _realised.EmailSoftBounces += e.BounceType == "soft" ? 1 : 0;
                break;
            case "open" when e.MachineOpen == true:
                _realised.EmailMachineOpens++;
                break;
            case "open" when e.EventId.Length > 0 && IsFirstHumanOpen(e):
                _realised.EmailHumanOpeners++;
                break;
            case "click":
                _realised.EmailClickers++;
                break;
            case "unsubscribe":
                _realised.EmailUnsubscribes++;
                break;
            case "spamreport":
                _realised.EmailSpamReports++;
                break;
        }
    }

    private bool IsFirstHumanOpen(in EmailEvent e)
    {
        foreach (var other in _recipientEvents)
        {
            if (other.Event == "open" && other.MachineOpen == false)
            {
                return other.EventId == e.EventId;
            }
        }

        return false;
    }

    private void WriteEmailEvent(in EmailEvent e, string address)
    {
        CheckDay(_emailFile);
        WriteEmailRow(e, address, null);
        _realised.EmailEventLines++;
        if (_dirty.TryPick(_emailFile, _day, EmailDefects, out var kind))
        {
            var row = WriteEmailRow(e, address, kind);
            var (field, value) = kind switch
            {
                DefectKind.MissingRequired => ("email", (string?)null),
                DefectKind.InvalidDate => ("timestamp", "yesterday"),
                _ => ("event", "opened"),
            };
            _dirty.Record(_emailFile, row, row, field, kind, value);
        }
    }

    private int WriteEmailRow(in EmailEvent e, string address, DefectKind? defect)
    {
        var w = _emailFile.BeginRow();
        w.WriteString("event_id", e.EventId);
        if (defect != DefectKind.MissingRequired)
        {
            w.WriteString("email", address);
        }

        if (defect == DefectKind.InvalidDate)
        {
            w.WriteString("timestamp", "yesterday");
        }
        else
        {
            w.WriteNumber("timestamp", e.Timestamp);
        }

        w.WriteString("event", defect == DefectKind.InvalidValue ? "opened" : e.Event);
        w.WriteString("campaign_id", e.CampaignId);
        if (e.Url is not null)
        {
            w.WriteString("url", e.Url);
        }

        if (e.Reason is not null)
        {
            w.WriteString("reason", e.Reason);
        }

        if (e.BounceType is not null)
        {
            w.WriteString("bounce_type", e.BounceType);
        }

        if (e.MachineOpen is { } machine)
        {
            w.WriteBoolean("machine_open", machine);
        }

        return _emailFile.EndRow();
    }
}
