using System.Globalization;
using CrmInsights.Demo.Dirty;
using CrmInsights.Demo.Model;
using CrmInsights.Demo.Sampling;

namespace CrmInsights.Demo.Streams;

/// <summary>
/// Web analytics: browse sessions of known customers (logged in or not), anonymous visitors,
/// and the checkout session of every online order, whose purchase event carries the POS order id.
/// </summary>
internal sealed partial class GenerationRun
{
    private static readonly (string Source, string Medium, double Weight)[] TrafficSources =
    [
        ("google", "organic", 0.34), ("(direct)", "(none)", 0.22), ("google", "cpc", 0.14), ("newsletter", "email", 0.1),
        ("instagram", "social", 0.08), ("facebook", "social", 0.05), ("bing", "organic", 0.04), ("moneysavingexpert.com", "referral", 0.03),
    ];

    private static readonly DefectKind[] WebDefects = [DefectKind.MissingRequired, DefectKind.InvalidNumber];
    private const string Site = "https://shop.example.com";
    private List<WebEvent> _lateWebNext = [];
    private long _webSeq;
    private SplitMix64 _webRng;
    private int _webRngDay = -1;

    private ref SplitMix64 WebRng()
    {
        if (_webRngDay != _day)
        {
            _webRng = SplitMix64.For(_o.Seed, StreamIds.Web, (ulong)_day);
            _webRngDay = _day;
        }

        return ref _webRng;
    }

    /// <summary>Next browse visit of a customer: a Poisson process at BrowseSessionsPerPurchase x lambda while alive.</summary>
    private void ScheduleVisit(int id)
    {
        ref var c = ref _customers[id];
        var rate = c.Lambda * _o.BrowseSessionsPerPurchase;
        if (rate <= 0 || (c.Flags & CustomerFlags.Alive) == CustomerFlags.None)
        {
            c.NextVisitDay = -1;
            return;
        }

        var rng = SplitMix64.For(_o.Seed, StreamIds.Web, (ulong)id, (ulong)_day + 1_000_000);
        var next = _day + 1 + (int)Math.Floor(Distributions.Exponential(ref rng, rate) * 7);
        c.NextVisitDay = next < _days ? next : -1;
        _visits.Add(next, id);
    }

    private void RunVisits()
    {
        FlushLateWeb();
        var due = _visits.Due(_day);
        if (due is null)
        {
            return;
        }

        ref var rng = ref WebRng();
        foreach (var id in due)
        {
            if (_customers[id].NextVisitDay != _day)
            {
                continue;
            }

            var loggedIn = rng.Chance(0.55);
            Session(ref rng, _clock.At(_day, VisitSecond(ref rng)), PseudoId(id, ref rng), loggedIn ? CustomerId(id) : null, null, 0);
            ScheduleVisit(id);
        }

        _visits.Release(_day);
    }

    private void RunAnonymousSessions()
    {
        ref var rng = ref WebRng();
        var n = Distributions.Poisson(ref rng, (_onlineOrdersToday + 0.5) * _o.AnonymousSessionsPerOnlineOrder);
        for (var k = 0; k < n; k++)
        {
            var start = _clock.At(_day, VisitSecond(ref rng));
            var pseudo = (rng.NextUInt64() % 2_000_000_000UL).ToString(CultureInfo.InvariantCulture) + "." + (start.ToUnixTimeSeconds() - rng.Next(86_400 * 90)).ToString(CultureInfo.InvariantCulture);
            _realised.AnonymousSessions++;
            Session(ref rng, start, pseudo, null, null, 0);
        }
    }

    /// <summary>The checkout session of an online order, ending in the purchase event (same transaction id as the POS order).</summary>
    private void PurchaseSession(int id, DateTimeOffset orderedAt, string orderId, decimal value)
    {
        ref var rng = ref WebRng();
        var pages = 3 + Distributions.Geometric(ref rng, 0.4);
        var start = orderedAt.AddSeconds(-(30 * pages) - rng.Next(600));
        Session(ref rng, start, PseudoId(id, ref rng), CustomerId(id), orderId, value, pages);
    }

    private static int VisitSecond(ref SplitMix64 rng)
    {
        // Evening-heavy browsing: centre 20:00, wide spread, wrapped into the day.
        var h = 20 + (4.5 * Distributions.Normal(ref rng));
        h = ((h % 24) + 24) % 24;
        return (int)(h * 3600);
    }

    private string PseudoId(int id, ref SplitMix64 rng)
    {
        // Each customer has a phone and, for a third of them, a laptop too: two stable pseudo ids.
        var device = SplitMix64.Mix((ulong)id * 31 + 7) % 3 == 0 && rng.Chance(0.4) ? 1UL : 0UL;
        var h = SplitMix64.Mix(((ulong)_o.Seed * 1_000_003) ^ ((ulong)id << 1) ^ device);
        var firstSeen = _dayStartUnix[_customers[id].SignupDay] - (long)(h % 86_400);
        return (h % 2_000_000_000UL).ToString(CultureInfo.InvariantCulture) + "." + firstSeen.ToString(CultureInfo.InvariantCulture);
    }

    private void Session(ref SplitMix64 rng, DateTimeOffset start, string pseudo, string? userId, string? orderId, decimal value, int pages = 0)
    {
        _realised.WebSessions++;
        var (source, medium) = PickSource(ref rng);
        var device = rng.NextDouble() switch { < 0.64 => "mobile", < 0.93 => "desktop", _ => "tablet" };
        var e = new WebEvent
        {
            TimestampMicros = (start.ToUnixTimeSeconds() * 1_000_000) + rng.Next(1_000_000),
            Name = "session_start",
            PseudoId = pseudo,
            UserId = userId,
            SessionId = start.ToUnixTimeSeconds(),
            Page = Site + "/",
            Referrer = medium is "organic" or "cpc" ? "https://www." + source + ".com/" : medium == "social" ? "https://" + source + ".com/" : null,
            Source = source,
            Medium = medium,
            Campaign = medium == "email" ? "C" + _clock.Date(_day).ToString("yyyy-MM", CultureInfo.InvariantCulture) : medium == "cpc" ? "brand-search" : null,
            Device = device,
        };
        var product = _catalog.Products[rng.Next(_catalog.Products.Length)];
        e.Page = medium is "cpc" or "social" ? $"{Site}/p/{product.Sku}" : Site + "/";
        EmitWeb(ref e);
        var bounce = orderId is null && rng.Chance(0.42);
        if (orderId is null)
        {
            pages = bounce ? 1 : 2 + Distributions.Geometric(ref rng, 0.35);
        }

        var previous = e.Referrer;
        for (var i = 0; i < pages; i++)
        {
            e.Name = "page_view";
            e.Referrer = previous;
            if (i > 0)
            {
                product = _catalog.Products[rng.Next(_catalog.Products.Length)];
                e.Page = rng.Chance(0.4) ? $"{Site}/c/{Slug(product.Category)}" : $"{Site}/p/{product.Sku}";
            }

            var engagement = bounce ? 1_000 + rng.Next(8_000) : 4_000 + (int)Distributions.Exponential(ref rng, 1.0 / 40_000);
            e.EngagementMsec = engagement;
            EmitWeb(ref e);
            e.TimestampMicros += ((long)engagement * 1000) + rng.Next(1_000_000);
            previous = e.Page;
            e.EngagementMsec = null;
            if (e.Page.Contains("/p/", StringComparison.Ordinal) && (orderId is not null ? i == pages - 1 || rng.Chance(0.3) : rng.Chance(0.12)))
            {
                e.Name = "add_to_cart";
                EmitWeb(ref e);
            }
        }

        if (orderId is null)
        {
            return;
        }

        e.Name = "begin_checkout";
        e.Page = Site + "/checkout";
        EmitWeb(ref e);
        e.TimestampMicros += (20 + rng.Next(90)) * 1_000_000L;
        e.Name = "purchase";
        e.Page = Site + "/checkout/complete";
        e.TransactionId = orderId;
        e.Value = value;
        _realised.PurchaseEvents++;
        EmitWeb(ref e);
    }

    private static (string, string) PickSource(ref SplitMix64 rng)
    {
        var u = rng.NextDouble();
        foreach (var (source, medium, weight) in TrafficSources)
        {
            u -= weight;
            if (u < 0)
            {
                return (source, medium);
            }
        }

        return ("(direct)", "(none)");
    }

    private static string Slug(string s) => s.ToLowerInvariant().Replace(" & ", "-", StringComparison.Ordinal).Replace(' ', '-');

    /// <summary>
    /// About 1% of a day's events arrive with the next day's export (SOURCES.md: late events),
    /// chosen by a hash of the event's sequence number so no other stream is disturbed.
    /// </summary>
    private void FlushLateWeb()
    {
        (_lateWebNext, var due) = (new List<WebEvent>(), _lateWebNext);
        foreach (var late in due)
        {
            var e = late;
            WriteEvent(ref e);
        }
    }

    private void EmitWeb(ref WebEvent e)
    {
        _webSeq++;
        if (_day + 1 < _days && SplitMix64.Mix((ulong)_o.Seed ^ ((ulong)_webSeq * 0x9E3779B97F4A7C15UL)) % 100 == 0)
        {
            _lateWebNext.Add(e);
            return;
        }

        WriteEvent(ref e);
    }

    private void WriteEvent(ref WebEvent e)
    {
        CheckDay(_webFile);
        WriteWeb(in e, null);
        _realised.WebEvents++;
        if (_dirty.TryPick(_webFile, _day, WebDefects, out var kind))
        {
            var row = WriteWeb(in e, kind);
            _dirty.Record(_webFile, row, row, kind == DefectKind.MissingRequired ? "user_pseudo_id" : "event_timestamp", kind,
                kind == DefectKind.InvalidNumber ? BadTimestamp(e) : null);
        }
    }

    private static string BadTimestamp(in WebEvent e) => e.TimestampMicros.ToString(CultureInfo.InvariantCulture)[..10] + "x";

    private int WriteWeb(in WebEvent e, DefectKind? defect)
    {
        var w = _webFile.BeginRow();
        if (defect == DefectKind.InvalidNumber)
        {
            w.WriteString("event_timestamp", BadTimestamp(e));
        }
        else
        {
            w.WriteNumber("event_timestamp", e.TimestampMicros);
        }

        w.WriteString("event_name", e.Name);
        if (defect != DefectKind.MissingRequired)
        {
            w.WriteString("user_pseudo_id", e.PseudoId);
        }

        if (e.UserId is not null)
        {
            w.WriteString("user_id", e.UserId);
        }

        w.WriteNumber("ga_session_id", e.SessionId);
        w.WriteString("page_location", e.Page);
        if (e.Referrer is not null)
        {
            w.WriteString("page_referrer", e.Referrer);
        }

        w.WriteString("source", e.Source);
        w.WriteString("medium", e.Medium);
        if (e.Campaign is not null)
        {
            w.WriteString("campaign", e.Campaign);
        }

        w.WriteString("device_category", e.Device);
        w.WriteString("country", "GB");
        if (e.TransactionId is not null)
        {
            w.WriteString("transaction_id", e.TransactionId);
            w.WriteNumber("value", e.Value!.Value);
        }

        if (e.EngagementMsec is { } ms)
        {
            w.WriteNumber("engagement_time_msec", ms);
        }

        return _webFile.EndRow();
    }
}
