using CrmInsights.Demo.Dirty;
using CrmInsights.Demo.Model;
using CrmInsights.Demo.Sampling;

namespace CrmInsights.Demo.Streams;

/// <summary>Customers: signup, master rows, tier reviews and the slowly changing attributes.</summary>
internal sealed partial class GenerationRun
{
    internal static readonly string[] CustomerHeader =
    [
        "customer_id", "loyalty_id", "email", "phone", "first_name", "last_name", "birth_date", "gender", "postal_code",
        "city", "region", "country", "signup_date", "loyalty_tier", "marketing_opt_in", "acquisition_channel", "updated_at",
    ];

    internal static readonly string[] Tiers = ["Bronze", "Silver", "Gold"];
    private static readonly decimal[] TierThresholds = [0m, 300m, 800m];
    private static readonly double[] TierPointMultipliers = [1.0, 1.25, 1.5];
    private static readonly DefectKind[] CustomerDefects = [DefectKind.MissingRequired, DefectKind.InvalidDate, DefectKind.Duplicate];

    private void SignUp(int id)
    {
        ref var c = ref _customers[id];
        var rng = SplitMix64.For(_o.Seed, StreamIds.CustomerProcess, (ulong)id);
        c.Lambda = (float)Distributions.Gamma(ref rng, _o.BgNbd.R, _o.BgNbd.Alpha);
        c.DropoutP = (float)Distributions.Beta(ref rng, _o.BgNbd.A, _o.BgNbd.B);
        c.Nu = (float)Distributions.Gamma(ref rng, _o.GammaGamma.Q, _o.GammaGamma.Gamma);
        c.OnlineShare = rng.Chance(0.3) ? 0.75f : 0.08f;
        var meanP = _o.BgNbd.A / (_o.BgNbd.A + _o.BgNbd.B);
        var logit = Math.Log(Math.Clamp(c.DropoutP, 1e-6, 1 - 1e-6) / (1 - Math.Clamp(c.DropoutP, 1e-6, 1 - 1e-6)));
        c.Satisfaction = (float)((-(logit - Math.Log(meanP / (1 - meanP))) / 1.5) + (0.6 * Distributions.Normal(ref rng)));
        c.City = (short)Geography.PickCity(rng.NextDouble());
        c.HomeStore = (short)_catalog.HomeStoreFor(c.City, _day, ref rng);
        c.SignupDay = _day;
        c.LastCampaign = -1;
        c.AudienceCampaign = -1;
        c.SurveyDay = -1;
        c.Flags = CustomerFlags.Alive | CustomerFlags.Created;
        if (rng.Chance(0.82))
        {
            c.Flags |= CustomerFlags.Member;
        }

        if (rng.Chance(0.92))
        {
            c.Flags |= CustomerFlags.HasEmail;
            if (rng.Chance(0.68))
            {
                c.Flags |= CustomerFlags.OptIn;
            }
        }

        if (rng.Chance(_o.Email.MachineOpenRecipients))
        {
            c.Flags |= CustomerFlags.PrivacyProxy;
        }

        // BG/NBD time 0 is the first purchase, made on the signup day.
        var fraction = rng.NextDouble();
        c.NextPurchaseOpTime = _season.At(_day, fraction);
        c.NextPurchaseDay = _day;
        c.NextVisitDay = -1;
        c.Rng = rng.State;
        _created = id + 1;
        WriteCustomer(id, _clock.At(_day, 8 * 3600 + (int)(fraction * 12 * 3600)));
        _purchases.Add(_day, id);
        ScheduleVisit(id);
    }

    /// <summary>January 1: each member's tier is set from last year's spend (so downgrades happen too).</summary>
    private void ReviewTiers()
    {
        var at = _clock.At(_day, 3600 * 2);
        for (var i = 0; i < _created; i++)
        {
            ref var c = ref _customers[i];
            if ((c.Flags & CustomerFlags.Member) == CustomerFlags.None)
            {
                continue;
            }

            var tier = TierFor((decimal)c.SpendThisYear);
            c.SpendThisYear = 0;
            if (tier != c.Tier)
            {
                c.Tier = tier;
                _realised.TierChanges++;
                WriteCustomer(i, at);
            }
        }
    }

    private void AddSpend(int id, decimal net, DateTimeOffset at)
    {
        ref var c = ref _customers[id];
        c.SpendThisYear += (float)net;
        if ((c.Flags & CustomerFlags.Member) == CustomerFlags.None)
        {
            return;
        }

        var tier = TierFor((decimal)c.SpendThisYear);
        if (tier > c.Tier)
        {
            c.Tier = tier;
            _realised.TierChanges++;
            WriteCustomer(id, at.AddMinutes(1));
        }
    }

    private static string AcquisitionChannel(int id, bool onlineFirst) =>
        !onlineFirst ? "store" : (SplitMix64.Mix((ulong)id ^ 0xA5A5UL) % 4) switch { 0 => "social", 1 => "referral", _ => "search" };

    private static byte TierFor(decimal spend)
    {
        byte tier = 0;
        for (byte t = 0; t < TierThresholds.Length; t++)
        {
            if (spend >= TierThresholds[t])
            {
                tier = t;
            }
        }

        return tier;
    }

    /// <summary>People move, opt in, and correct their details; each change is a new master row.</summary>
    private void RunCustomerChanges()
    {
        if (_created == 0)
        {
            return;
        }

        var rng = SplitMix64.For(_o.Seed, StreamIds.Changes, (ulong)_day);
        var moves = Distributions.Poisson(ref rng, _created * 0.06 / 365);
        for (var k = 0; k < moves; k++)
        {
            var id = rng.Next(_created);
            ref var c = ref _customers[id];
            c.City = (short)Geography.PickCity(rng.NextDouble());
            c.HomeStore = (short)_catalog.HomeStoreFor(c.City, _day, ref rng);
            _realised.Moves++;
            WriteCustomer(id, _clock.At(_day, 9 * 3600 + rng.Next(10 * 3600)));
        }

        var optIns = Distributions.Poisson(ref rng, _created * 0.03 / 365);
        for (var k = 0; k < optIns; k++)
        {
            var id = rng.Next(_created);
            ref var c = ref _customers[id];
            if ((c.Flags & (CustomerFlags.HasEmail | CustomerFlags.OptIn)) == CustomerFlags.HasEmail)
            {
                c.Flags |= CustomerFlags.OptIn;
                _realised.OptInChanges++;
                WriteCustomer(id, _clock.At(_day, 9 * 3600 + rng.Next(10 * 3600)));
            }
        }

        var corrections = Distributions.Poisson(ref rng, _created * 0.01 / 365);
        for (var k = 0; k < corrections; k++)
        {
            var id = rng.Next(_created);
            _customers[id].Revision++;
            _realised.Type1Corrections++;
            WriteCustomer(id, _clock.At(_day, 9 * 3600 + rng.Next(10 * 3600)));
        }
    }

    /// <summary>Writes the customer's full current record (new or changed) to today's customers file.</summary>
    private void WriteCustomer(int id, DateTimeOffset updatedAt)
    {
        ref var c = ref _customers[id];
        var p = Person.For(_o.Seed, id, c.Revision);
        var city = Geography.Cities[c.City];
        var member = (c.Flags & CustomerFlags.Member) != CustomerFlags.None;
        var rng = SplitMix64.For(_o.Seed, StreamIds.Identity, (ulong)id, 7);
        var fields = new string?[]
        {
            CustomerId(id),
            member ? "L" + (SplitMix64.Mix((ulong)id + 17) % 9_000_000_000UL + 1_000_000_000UL).ToString(Inv) : null,
            (c.Flags & CustomerFlags.HasEmail) != CustomerFlags.None ? p.Email : null,
            p.Phone,
            p.FirstName,
            p.LastName,
            p.BirthDate?.ToString("yyyy-MM-dd", Inv),
            p.Gender,
            city.PostArea + (1 + rng.Next(20)).ToString(Inv) + " " + rng.Next(10).ToString(Inv) + (char)('A' + rng.Next(26)) + (char)('A' + rng.Next(26)),
            city.City,
            city.Region,
            "GB",
            _clock.Date(c.SignupDay).ToString("yyyy-MM-dd", Inv),
            member ? Tiers[c.Tier] : null,
            (c.Flags & CustomerFlags.OptIn) != CustomerFlags.None ? "true" : "false",
            AcquisitionChannel(id, c.OnlineShare > 0.5f),
            BusinessClock.Iso(updatedAt),
        };
        CheckDay(_customersFile);
        _realised.CustomerRows++;
        var (row, line) = _customersFile.Write(fields);
        if (!_dirty.TryPick(_customersFile, _day, CustomerDefects, out var kind))
        {
            return;
        }

        string? value = null;
        var field = "signup_date";
        switch (kind)
        {
            case DefectKind.MissingRequired:
                fields[12] = "";
                break;
            case DefectKind.InvalidDate:
                value = fields[12]![..5] + "02-30";
                fields[12] = value;
                break;
            default:
                field = "*";
                break;
        }

        (row, line) = _customersFile.Write(fields);
        _dirty.Record(_customersFile, row, line, field, kind, value);
    }
}
