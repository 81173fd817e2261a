using CrmInsights.Demo.Sampling;

namespace CrmInsights.Demo.Model;

/// <summary>Products and stores of the demo retailer, and the order-filling rule that turns a spend into lines.</summary>
internal sealed class Catalog
{
    private Product[] _byPrice;
    private decimal[] _prices;

    public Catalog(DemoOptions options, BusinessClock clock, int days)
    {
        var rng = SplitMix64.For(options.Seed, StreamIds.Catalog);
        var created = clock.At(0, 6 * 3600);
        Products = new Product[options.Products];
        for (var i = 0; i < Products.Length; i++)
        {
            var (category, subs, median) = Names.Categories[i % Names.Categories.Length];
            var sub = subs[rng.Next(subs.Length)];
            var price = RoundPrice(Distributions.LogNormal(ref rng, Math.Log(median), 0.75));
            var adjective = Names.ProductAdjectives[rng.Next(Names.ProductAdjectives.Length)];
            Products[i] = new Product
            {
                Index = i,
                Sku = $"SKU-{i + 1:D5}",
                Name = $"{adjective} {sub.TrimEnd('s')} {(i / Names.Categories.Length) + 1}",
                Category = category,
                Subcategory = sub,
                Brand = Names.Brands[rng.Next(Names.Brands.Length)],
                ListPrice = price,
                UnitCost = Math.Round(price * (decimal)(0.35 + (0.3 * rng.NextDouble())), 2),
                UpdatedAt = created,
            };
        }

        Stores = new Store[options.Stores + 2];
        Stores[0] = new Store { StoreId = "WEB", Name = "Web store", Channel = "online", City = 0, OpensDay = 0, OpenedOn = new DateOnly(2015, 4, 1) };
        for (var s = 1; s <= options.Stores + 1; s++)
        {
            var city = s <= Geography.Cities.Length ? s - 1 : rng.Next(Geography.Cities.Length);
            var last = s == options.Stores + 1;
            var opensDay = last ? days / 2 : 0;
            Stores[s] = new Store
            {
                StoreId = $"S{s:D3}",
                Name = $"{Geography.Cities[city].City} {(last ? "Riverside" : "High Street")}",
                Channel = "store",
                City = city,
                OpensDay = opensDay,
                OpenedOn = last ? clock.Date(opensDay) : new DateOnly(2008 + (s % 12), 1 + (s % 12), 1),
            };
        }

        _byPrice = [];
        _prices = [];
        Reindex();
    }

    public Product[] Products { get; }

    public Store[] Stores { get; }

    /// <summary>A shop near the city (same region when one exists), among those open on the day.</summary>
    public int HomeStoreFor(int city, int day, ref SplitMix64 rng)
    {
        var region = Geography.Cities[city].Region;
        for (var s = 1; s < Stores.Length; s++)
        {
            if (Stores[s].OpensDay <= day && Geography.Cities[Stores[s].City].Region == region)
            {
                return s;
            }
        }

        return 1 + rng.Next(Stores.Length - 2);
    }

    /// <summary>Reprices a few products (a monthly price review); returns the products changed.</summary>
    public List<Product> Reprice(ref SplitMix64 rng, DateTimeOffset at, double share)
    {
        var changed = new List<Product>();
        foreach (var p in Products)
        {
            if (!rng.Chance(share))
            {
                continue;
            }

            var factor = 0.9m + (0.25m * (decimal)rng.NextDouble());
            p.ListPrice = RoundPrice((double)(p.ListPrice * factor));
            p.UnitCost = Math.Round(p.UnitCost * (1.0m + (0.05m * (decimal)rng.NextDouble())), 2);
            p.UpdatedAt = at;
            changed.Add(p);
        }

        if (changed.Count > 0)
        {
            Reindex();
        }

        return changed;
    }

    /// <summary>
    /// Fills an order whose list value must reach <paramref name="gross"/>: picks products whose
    /// price fits the remaining amount (favouring dearer ones), then tops up with the cheapest item
    /// that covers any shortfall, so the caller's discount brings the net to the drawn spend exactly.
    /// </summary>
    /// When no discount applies the basket may instead stop just short of the spend (half the
    /// time), so the realised value is the drawn spend to within one cheap item, with no bias.
    public void Fill(decimal gross, decimal net, bool exact, ref SplitMix64 rng, List<(Product Product, int Quantity)> lines)
    {
        lines.Clear();
        var remaining = gross;
        var total = 0m;
        while (remaining >= _prices[0] && lines.Count < 6)
        {
            var fit = UpperIndex(remaining);
            var u = rng.NextDouble();
            var j = fit - (int)Math.Floor(u * u * u * (fit + 1));
            var product = _byPrice[Math.Clamp(j, 0, fit)];
            var qty = product.ListPrice * 2 <= remaining && rng.Chance(0.18) ? 2 : 1;
            lines.Add((product, qty));
            total += product.ListPrice * qty;
            remaining -= product.ListPrice * qty;
        }

        if (total < net && (exact || lines.Count == 0 || rng.Chance(0.5)))
        {
            var shortfall = net - total;
            var i = Array.BinarySearch(_prices, shortfall);
            i = i >= 0 ? i : Math.Min(~i, _prices.Length - 1);
            var product = _byPrice[i];
            var qty = (int)Math.Ceiling(shortfall / product.ListPrice);
            lines.Add((product, qty));
        }
    }

    private int UpperIndex(decimal amount)
    {
        var i = Array.BinarySearch(_prices, amount);
        if (i < 0)
        {
            i = ~i - 1;
        }
        else
        {
            while (i + 1 < _prices.Length && _prices[i + 1] == amount)
            {
                i++;
            }
        }

        return Math.Max(i, 0);
    }

    private void Reindex()
    {
        // Stable order by price, then SKU, so equal prices never depend on sort internals.
        _byPrice = [.. Products.OrderBy(p => p.ListPrice).ThenBy(p => p.Sku, StringComparer.Ordinal)];
        _prices = [.. _byPrice.Select(p => p.ListPrice)];
    }

    private static decimal RoundPrice(double price)
    {
        // Retail price points: whole pounds minus a penny (x.99) above £5, x.49/x.99 below.
        var p = Math.Max(1.0, price);
        var pounds = Math.Floor(p);
        return p < 5 && p - pounds < 0.5 ? (decimal)pounds + 0.49m : (decimal)pounds + 0.99m;
    }
}
