namespace CrmInsights.Demo.Model;

/// <summary>UK cities the demo retailer trades in, with their region, postcode area and a population weight.</summary>
internal static class Geography
{
    public static readonly (string City, string Region, string PostArea, int Weight)[] Cities =
    [
        ("London", "London", "SW", 90), ("Birmingham", "West Midlands", "B", 25), ("Manchester", "North West", "M", 22),
        ("Leeds", "Yorkshire and the Humber", "LS", 16), ("Glasgow", "Scotland", "G", 14), ("Liverpool", "North West", "L", 11),
        ("Bristol", "South West", "BS", 11), ("Sheffield", "Yorkshire and the Humber", "S", 11), ("Edinburgh", "Scotland", "EH", 10),
        ("Cardiff", "Wales", "CF", 8), ("Newcastle upon Tyne", "North East", "NE", 8), ("Nottingham", "East Midlands", "NG", 8),
        ("Leicester", "East Midlands", "LE", 7), ("Brighton", "South East", "BN", 6), ("Southampton", "South East", "SO", 6),
        ("Reading", "South East", "RG", 5), ("Oxford", "South East", "OX", 4), ("Cambridge", "East of England", "CB", 4),
        ("Norwich", "East of England", "NR", 4), ("Exeter", "South West", "EX", 3), ("York", "Yorkshire and the Humber", "YO", 3),
        ("Belfast", "Northern Ireland", "BT", 6), ("Aberdeen", "Scotland", "AB", 4), ("Swansea", "Wales", "SA", 4),
    ];

    private static readonly int[] Cumulative = BuildCumulative();

    public static int PickCity(double u)
    {
        var target = u * Cumulative[^1];
        var i = Array.BinarySearch(Cumulative, (int)target + 1);
        return i >= 0 ? i : ~i;
    }

    private static int[] BuildCumulative()
    {
        var c = new int[Cities.Length];
        var sum = 0;
        for (var i = 0; i < Cities.Length; i++)
        {
            sum += Cities[i].Weight;
            c[i] = sum;
        }

        return c;
    }
}
