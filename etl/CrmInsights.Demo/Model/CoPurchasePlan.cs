using CrmInsights.Demo.Sampling;

namespace CrmInsights.Demo.Model;

/// <summary>
/// The planted co-purchase pairs (<see cref="CoPurchaseSettings"/>): disjoint pairs of products from the middle three
/// fifths of the catalogue by price (neither top-up items nor rarities), chosen from their own stream. Counts what it
/// planted for the ground truth.
/// </summary>
internal sealed class CoPurchasePlan
{
    private readonly int[] _pairOfAnchor;
    private readonly double _probability;

    public CoPurchasePlan(DemoOptions options, Product[] products)
    {
        _probability = options.CoPurchase.Probability;
        _pairOfAnchor = new int[products.Length];
        Array.Fill(_pairOfAnchor, -1);
        var rng = SplitMix64.For(options.Seed, StreamIds.CoPurchase);
        var byPrice = products.OrderBy(p => p.ListPrice).ThenBy(p => p.Sku, StringComparer.Ordinal).ToList();
        var pool = byPrice.GetRange(byPrice.Count / 5, (byPrice.Count * 4 / 5) - (byPrice.Count / 5));
        var pairs = new (Product Anchor, Product Partner)[options.CoPurchase.Pairs];
        for (var i = 0; i < pairs.Length * 2; i++)
        {
            var j = i + rng.Next(pool.Count - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        for (var k = 0; k < pairs.Length; k++)
        {
            pairs[k] = (pool[2 * k], pool[(2 * k) + 1]);
            _pairOfAnchor[pairs[k].Anchor.Index] = k;
        }

        Pairs = pairs;
        AnchorOrders = new long[pairs.Length];
        PlantedOrders = new long[pairs.Length];
    }

    public IReadOnlyList<(Product Anchor, Product Partner)> Pairs { get; }

    /// <summary>Orders that held each pair's anchor before planting.</summary>
    public long[] AnchorOrders { get; }

    /// <summary>Orders each pair's partner was added to.</summary>
    public long[] PlantedOrders { get; }

    /// <summary>Adds, for each anchor in the basket whose partner is not in it, the partner (one unit) with the pair's probability.</summary>
    public void Plant(List<(Product Product, int Quantity)> lines, ref SplitMix64 rng)
    {
        var filled = lines.Count;
        for (var i = 0; i < filled; i++)
        {
            var k = _pairOfAnchor[lines[i].Product.Index];
            if (k < 0 || SeenEarlier(lines, i, k))
            {
                continue;
            }

            AnchorOrders[k]++;
            if (rng.Chance(_probability) && !lines.Exists(l => l.Product == Pairs[k].Partner))
            {
                lines.Add((Pairs[k].Partner, 1));
                PlantedOrders[k]++;
            }
        }
    }

    // The same anchor on an earlier line of this basket: the order counts once.
    private bool SeenEarlier(List<(Product Product, int Quantity)> lines, int line, int pair)
    {
        for (var j = 0; j < line; j++)
        {
            if (lines[j].Product == Pairs[pair].Anchor)
            {
                return true;
            }
        }

        return false;
    }
}
