using CrmInsights.Demo.Dirty;
using CrmInsights.Demo.Model;
using CrmInsights.Demo.Sampling;

namespace CrmInsights.Demo.Streams;

/// <summary>POS: purchases (the BG/NBD + Gamma-Gamma process), anonymous sales, returns and the masters.</summary>
internal sealed partial class GenerationRun
{
    internal static readonly string[] OrderLineHeader =
    [
        "order_id", "line_number", "ordered_at", "store_id", "customer_id", "sku", "quantity", "unit_price", "discount_amount",
        "tax_amount", "currency", "unit_cost", "payment_type", "loyalty_points_earned", "loyalty_points_redeemed",
    ];

    internal static readonly string[] ProductHeader = ["sku", "name", "category", "subcategory", "brand", "unit_cost", "list_price", "updated_at"];
    internal static readonly string[] StoreHeader = ["store_id", "name", "channel", "city", "region", "country", "opened_on"];

    private const decimal VatRate = 0.20m;
    private const int RedeemPoints = 500;

    // Orders have a handful of lines; defect lines numbered from here never collide with real ones.
    private const int UnknownReferenceLineOffset = 900;
    private const decimal RedeemValue = 5m;
    private static readonly decimal[] PromoRates = [0.10m, 0.15m, 0.20m, 0.25m];
    private static readonly string[] StorePayments = ["card", "contactless", "contactless", "cash", "gift_card"];
    private static readonly string[] OnlinePayments = ["card", "card", "paypal", "apple_pay"];
    private static readonly DefectKind[] OrderDefects =
    [
        DefectKind.MissingRequired, DefectKind.InvalidNumber, DefectKind.InvalidDate, DefectKind.UnknownSku,
        DefectKind.UnknownStore, DefectKind.UnknownCustomer, DefectKind.Duplicate,
    ];

    private readonly List<(Product Product, int Quantity)> _lines = [];
    private readonly List<PendingReturn>?[] _returns = new List<PendingReturn>?[32];
    private long _storeOrdersToday;
    private long _onlineOrdersToday;

    private void WriteCatalogChanges(DateOnly date)
    {
        var rng = SplitMix64.For(_o.Seed, StreamIds.Catalog, (ulong)_day + 1);
        IEnumerable<Product> products = [];
        if (_day == 0)
        {
            products = _catalog.Products;
        }
        else if (date.Day == 1)
        {
            products = _catalog.Reprice(ref rng, _clock.At(_day, 5 * 3600), 0.04);
        }

        foreach (var p in products)
        {
            CheckDay(_productsFile);
            _productsFile.Write([p.Sku, p.Name, p.Category, p.Subcategory, p.Brand, Money(p.UnitCost), Money(p.ListPrice), BusinessClock.Iso(p.UpdatedAt)]);
            _realised.ProductChanges += _day == 0 ? 0 : 1;
        }

        foreach (var s in _catalog.Stores)
        {
            if (s.OpensDay == _day)
            {
                var city = Geography.Cities[s.City];
                CheckDay(_storesFile);
                _storesFile.Write([s.StoreId, s.Name, s.Channel, s.Channel == "online" ? null : city.City, s.Channel == "online" ? null : city.Region, "GB", s.OpenedOn.ToString("yyyy-MM-dd", Inv)]);
            }
        }
    }

    private void RunPurchases()
    {
        _storeOrdersToday = 0;
        _onlineOrdersToday = 0;
        var due = _purchases.Due(_day);
        if (due is null)
        {
            return;
        }

        // Index loop: a purchase may schedule the same customer again later today.
        for (var k = 0; k < due.Count; k++)
        {
            var id = due[k];
            if (_customers[id].NextPurchaseDay == _day)
            {
                Purchase(id);
            }
        }

        _purchases.Release(_day);
    }

    private void Purchase(int id)
    {
        ref var c = ref _customers[id];
        var rng = new SplitMix64(c.Rng);
        var online = rng.Chance(c.OnlineShare);
        var store = online ? 0 : (rng.Chance(0.9) ? c.HomeStore : OpenStore(ref rng));
        var spend = Math.Max(0.5m, Math.Round((decimal)Distributions.Gamma(ref rng, _o.GammaGamma.P, c.Nu), 2));
        var member = (c.Flags & CustomerFlags.Member) != CustomerFlags.None;
        var redeem = member && c.Points >= RedeemPoints && rng.Chance(0.3);
        var promo = rng.Chance(DecemberOrNot() ? 0.35 : 0.2) ? PromoRates[rng.Next(PromoRates.Length)] : 0m;
        var second = online ? rng.Next(86_400) : StoreSecond(ref rng);
        var at = _clock.At(_day, second);
        var points = WriteOrder(id, store, online, spend, promo, redeem ? RedeemPoints : 0, TierPointMultipliers[c.Tier], member, at, ref rng, out var net);
        NoteNaturalPurchase(ref c, at);
        if (redeem)
        {
            c.Points -= RedeemPoints;
        }

        c.Points += points;
        _realised.IdentifiedNetSpend += net;
        if (online)
        {
            _onlineOrdersToday++;
            PurchaseSession(id, at, "O" + _orderSeq.ToString("D9", Inv), net);
        }
        else
        {
            _storeOrdersToday++;
        }

        if (c.SurveyDay < _day && rng.Chance(_o.Survey.ResponsePerOrder))
        {
            c.SurveyDay = _day + 1 + rng.Next(5);
            c.Flags = online ? c.Flags | CustomerFlags.SurveyOnline : c.Flags & ~CustomerFlags.SurveyOnline;
            _surveys.Add(c.SurveyDay, id);
            Invite(id, at, online, c.SurveyDay);
        }
        else
        {
            Invite(id, at, online, responseDay: null);
        }

        // BG/NBD: after a repeat purchase the customer drops out with probability p.
        var repeat = c.Purchases > 0;
        c.Purchases++;
        c.CardPurchases++;
        c.LastPurchaseDay = _day;
        if (repeat)
        {
            _realised.RepeatPurchases++;
            if (rng.Chance(c.DropoutP))
            {
                c.Flags &= ~CustomerFlags.Alive;
                _realised.Dropouts++;
                c.NextPurchaseDay = -1;
                c.Rng = rng.State;
                AddSpend(id, net, at);
                return;
            }
        }

        // Punch card: one purchase from the reward, a member comes back sooner (the same draw, scaled, so no stream shifts).
        var gap = Distributions.Exponential(ref rng, c.Lambda);
        if (member && _o.PunchCardEveryNthPurchase > 1 && c.CardPurchases % _o.PunchCardEveryNthPurchase == _o.PunchCardEveryNthPurchase - 1)
        {
            gap *= _o.PunchCardGapFactor;
            _realised.PunchCardNearRewardGaps++;
        }

        c.NextPurchaseOpTime += gap;
        c.NextPurchaseDay = _season.DayOf(c.NextPurchaseOpTime);
        _purchases.Add(c.NextPurchaseDay, id);
        c.Rng = rng.State;
        AddSpend(id, net, at);
    }

    private bool DecemberOrNot() => _clock.Date(_day).Month is 11 or 12 || _clock.Date(_day).Month == 1;

    private int OpenStore(ref SplitMix64 rng)
    {
        while (true)
        {
            var s = 1 + rng.Next(_catalog.Stores.Length - 1);
            if (_catalog.Stores[s].OpensDay <= _day)
            {
                return s;
            }
        }
    }

    private static int StoreSecond(ref SplitMix64 rng)
    {
        // Opening hours 09:00-20:00 with a lunchtime and late-afternoon bulge.
        var hours = 9 + Math.Clamp(5.5 + (2.6 * Distributions.Normal(ref rng)), 0, 10.99);
        return (int)(hours * 3600);
    }

    /// <summary>
    /// Writes one order whose net value (lines minus discounts, tax excluded) is the drawn spend:
    /// exactly when a promotion or points redemption gives a discount, otherwise to within one
    /// cheap item (no discount line is invented just to hit the number). Returns points earned.
    /// </summary>
    /// <remarks>
    /// A purchase a campaign caused passes its own <paramref name="causedOrderId"/> (CP...): the O... sequence, which the
    /// invitations' stream and the returns follow, stays the one the purchase process alone gives, and it is never returned.
    /// </remarks>
    private int WriteOrder(int customer, int store, bool online, decimal spend, decimal promo, int redeemPoints, double multiplier, bool member, DateTimeOffset at, ref SplitMix64 rng, out decimal net, string? causedOrderId = null)
    {
        var redeemValue = redeemPoints > 0 ? RedeemValue : 0m;
        var exact = promo > 0 || redeemPoints > 0;
        var gross = Math.Round(spend / (1 - promo), 2) + redeemValue;
        _catalog.Fill(gross, spend, exact, ref rng, _lines);
        // Planted partners come from their own stream and after the basket is filled, so the customer's draws (and every
        // other output) stay as they were; a discounted order absorbs the extra line, an undiscounted one grows by it.
        var filled = _lines.Count;
        var planted = SplitMix64.For(_o.Seed, StreamIds.CoPurchase, (ulong)(_orderSeq + 1));
        _coPurchase.Plant(_lines, ref planted);
        _realised.CoPurchaseLines += _lines.Count - filled;
        var total = 0m;
        foreach (var (p, q) in _lines)
        {
            total += p.ListPrice * q;
        }

        var discount = exact ? Math.Max(0, total - spend) : 0m;
        net = total - discount;
        _orderSeq += causedOrderId is null ? 1 : 0;
        _realised.Orders++;
        _realised.OnlineOrders += online ? 1 : 0;
        _realised.AnonymousOrders += customer < 0 ? 1 : 0;
        _realised.DiscountedOrders += discount > 0 ? 1 : 0;
        _realised.NetRevenue += net;
        var month = _clock.Date(_day).ToString("yyyy-MM", Inv);
        _realised.RevenueByMonth[month] = _realised.RevenueByMonth.GetValueOrDefault(month) + net;

        var orderId = causedOrderId ?? "O" + _orderSeq.ToString("D9", Inv);
        var payment = online ? OnlinePayments[rng.Next(OnlinePayments.Length)] : StorePayments[rng.Next(StorePayments.Length)];
        var remainingDiscount = discount;
        var pointsTotal = 0;
        for (var i = 0; i < _lines.Count; i++)
        {
            var (p, q) = _lines[i];
            var lineGross = p.ListPrice * q;
            var lineDiscount = i == _lines.Count - 1 ? remainingDiscount : Math.Min(remainingDiscount, Math.Round(discount * lineGross / total, 2));
            remainingDiscount -= lineDiscount;
            var lineNet = lineGross - lineDiscount;
            var points = member ? (int)Math.Floor((double)lineNet * multiplier) : 0;
            pointsTotal += points;
            _realised.PointsEarned += points;
            _realised.PointsRedeemed += i == 0 ? redeemPoints : 0;
            WriteOrderLine(orderId, i + 1, at, store, customer, p.Sku, q, p.ListPrice, lineDiscount, Math.Round(lineNet * VatRate, 2), p.UnitCost, payment, points, i == 0 ? redeemPoints : 0);
            ref var draws = ref i < filled ? ref rng : ref planted;
            if (customer >= 0 && causedOrderId is null && draws.Chance(online ? 0.1 / filled : 0.04 / filled))
            {
                var back = _day + 1 + draws.Next(28);
                (_returns[back % _returns.Length] ??= []).Add(new PendingReturn(_orderSeq, customer, store, p.Index, q, p.ListPrice, lineDiscount, p.UnitCost, points, online));
            }
        }

        return pointsTotal;
    }

    private void WriteOrderLine(string orderId, int line, DateTimeOffset at, int store, int customer, string sku, int quantity, decimal unitPrice, decimal discount, decimal tax, decimal unitCost, string payment, int pointsEarned, int pointsRedeemed)
    {
        var fields = new string?[]
        {
            orderId, Int(line), BusinessClock.Iso(at), _catalog.Stores[store].StoreId, customer >= 0 ? CustomerId(customer) : null, sku,
            Int(quantity), Money(unitPrice), Money(discount), Money(tax), _o.Currency, Money(unitCost), payment, Int(pointsEarned), Int(pointsRedeemed),
        };
        CheckDay(_orderLinesFile);
        _orderLinesFile.Write(fields);
        _realised.OrderLines++;
        _realised.ReturnLines += quantity < 0 ? 1 : 0;
        if (!_dirty.TryPick(_orderLinesFile, _day, OrderDefects, out var kind))
        {
            return;
        }

        var (field, value) = kind switch
        {
            DefectKind.MissingRequired => _dirty.Next(2) == 0 ? ("sku", "") : ("ordered_at", ""),
            DefectKind.InvalidNumber => _dirty.Next(2) == 0 ? ("quantity", "two") : ("unit_price", "12.3.4"),
            DefectKind.InvalidDate => ("ordered_at", fields[2]![..5] + "13-45" + fields[2]![10..]),
            DefectKind.UnknownSku => ("sku", "SKU-99" + Int(900 + _dirty.Next(99))),
            DefectKind.UnknownStore => ("store_id", "S9" + Int(10 + _dirty.Next(89))),
            DefectKind.UnknownCustomer => ("customer_id", "C9" + (++_inferredSeq).ToString("D7", Inv)),
            _ => ("*", (string?)null),
        };
        if (field != "*")
        {
            fields[Array.IndexOf(OrderLineHeader, field)] = value;
        }

        if (kind == DefectKind.UnknownCustomer)
        {
            // A separate one-line order of a customer the master never sends: accepted, inferred member.
            fields[0] = "OX" + _inferredSeq.ToString("D8", Inv);
            fields[1] = "1";
        }
        else if (kind is DefectKind.UnknownSku or DefectKind.UnknownStore)
        {
            // An extra line of the same order with its own line number (beyond any real line), so the
            // loader meets a new natural key and rejects it for the unknown reference; reusing the clean
            // row's key would make it a within-file duplicate instead.
            fields[1] = Int(UnknownReferenceLineOffset + line);
        }

        var (row, lineNo) = _orderLinesFile.Write(fields);
        _dirty.Record(_orderLinesFile, row, lineNo, field, kind, value);
    }

    private void RunReturns()
    {
        var slot = _day % _returns.Length;
        var due = _returns[slot];
        _returns[slot] = null;
        if (due is null)
        {
            return;
        }

        var rng = SplitMix64.For(_o.Seed, StreamIds.Returns, (ulong)_day);
        foreach (var r in due)
        {
            var store = r.Online || rng.Chance(0.8) ? r.Store : OpenStore(ref rng);
            var at = _clock.At(_day, r.Online ? rng.Next(86_400) : StoreSecond(ref rng));
            var lineNet = (r.UnitPrice * r.Quantity) - r.Discount;
            WriteOrderLine("R" + r.OrderSeq.ToString("D9", Inv), 1, at, store, r.Customer, _catalog.Products[r.Product].Sku, -r.Quantity, r.UnitPrice, -r.Discount,
                -Math.Round(lineNet * VatRate, 2), r.UnitCost, "card", -r.Points, 0);
            _customers[r.Customer].Points -= r.Points;
            var month = _clock.Date(_day).ToString("yyyy-MM", Inv);
            _realised.NetRevenue -= lineNet;
            _realised.RevenueByMonth[month] = _realised.RevenueByMonth.GetValueOrDefault(month) - lineNet;
        }
    }

    /// <summary>Walk-in shoppers who are not members: about a quarter of store orders, no customer id.</summary>
    private void RunAnonymousOrders()
    {
        var rng = SplitMix64.For(_o.Seed, StreamIds.DailyPos, (ulong)_day);
        var n = Distributions.Poisson(ref rng, _storeOrdersToday * 0.35);
        for (var k = 0; k < n; k++)
        {
            var nu = Distributions.Gamma(ref rng, _o.GammaGamma.Q, _o.GammaGamma.Gamma);
            var spend = Math.Max(0.5m, Math.Round((decimal)Distributions.Gamma(ref rng, _o.GammaGamma.P, nu), 2));
            var promo = rng.Chance(0.2) ? PromoRates[rng.Next(PromoRates.Length)] : 0m;
            WriteOrder(-1, OpenStore(ref rng), false, spend, promo, 0, 1.0, false, _clock.At(_day, StoreSecond(ref rng)), ref rng, out _);
        }
    }
}
