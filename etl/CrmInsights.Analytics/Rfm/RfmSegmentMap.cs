using System.Globalization;

namespace CrmInsights.Analytics.Rfm;

/// <summary>
/// A validated, versioned R×F → segment map in which every one of the 25 cells belongs to
/// exactly one segment.
/// </summary>
public sealed class RfmSegmentMap
{
    /// <summary>Version of <see cref="DefaultRules"/>.</summary>
    public const string DefaultVersion = "kpi-catalog-1";

    private readonly string[,] _cells;

    private RfmSegmentMap(string version, string[,] cells) => (Version, _cells) = (version, cells);

    /// <summary>The KPI catalog's map.</summary>
    public static IReadOnlyList<RfmSegmentRule> DefaultRules { get; } =
    [
        new("Champions", "5[4-5]"),
        new("Loyal", "[3-4][4-5]"),
        new("Potential Loyalists", "[4-5][2-3]"),
        new("New", "51"),
        new("Promising", "41"),
        new("Need Attention", "33"),
        new("About to Sleep", "3[1-2]"),
        new("At Risk", "[1-2][3-4]"),
        new("Can't Lose", "[1-2]5"),
        new("Hibernating", "[1-2][1-2]"),
    ];

    /// <summary>The catalog's map, version <see cref="DefaultVersion"/>.</summary>
    public static RfmSegmentMap Default { get; } = Create(DefaultVersion, DefaultRules);

    /// <summary>The map's version, stored with every snapshot it scores.</summary>
    public string Version { get; }

    /// <summary>Builds a map.</summary>
    /// <exception cref="ArgumentException">Listing every bad pattern, empty name, overlap and gap.</exception>
    public static RfmSegmentMap Create(string version, IEnumerable<RfmSegmentRule> rules)
    {
        var problems = Check(rules, out string[,] cells, "Segments");
        if (string.IsNullOrWhiteSpace(version))
        {
            problems.Insert(0, "Version must not be empty.");
        }

        return problems.Count == 0
            ? new RfmSegmentMap(version, cells)
            : throw new ArgumentException("Invalid RFM segment map: " + string.Join(" ", problems), nameof(rules));
    }

    /// <summary>
    /// Lists every problem of a rule list: empty names, unparsable patterns, cells claimed by
    /// more than one segment and cells claimed by none. <paramref name="keyPrefix"/> starts each message.
    /// </summary>
    public static IReadOnlyList<string> Check(IEnumerable<RfmSegmentRule> rules, string keyPrefix) => Check(rules, out _, keyPrefix);

    /// <summary>The segment of cell (r, f).</summary>
    public string Segment(int r, int f)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(r, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(r, 5);
        ArgumentOutOfRangeException.ThrowIfLessThan(f, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(f, 5);
        return _cells[r - 1, f - 1];
    }

    private static List<string> Check(IEnumerable<RfmSegmentRule> rules, out string[,] cells, string keyPrefix)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<string>();
        var owners = new List<string>[5, 5];
        int index = 0;
        foreach (var rule in rules)
        {
            string key = string.Create(CultureInfo.InvariantCulture, $"{keyPrefix}:{index}");
            index++;
            if (rule is null)
            {
                problems.Add($"{key} is empty.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(rule.Name))
            {
                problems.Add($"{key}:Name must not be empty (pattern '{rule.Pattern}').");
            }

            if (!RfmPattern.TryParse(rule.Pattern, out var pattern, out string? error))
            {
                problems.Add($"{key}:Pattern '{rule.Pattern}' of segment '{rule.Name}' is invalid: {error}.");
                continue;
            }

            for (int r = 1; r <= 5; r++)
            {
                for (int f = 1; f <= 5; f++)
                {
                    if (pattern!.Matches(r, f))
                    {
                        (owners[r - 1, f - 1] ??= []).Add(rule.Name);
                    }
                }
            }
        }

        if (index == 0)
        {
            problems.Add($"{keyPrefix} must list at least one segment.");
        }

        cells = new string[5, 5];
        for (int r = 5; r >= 1; r--)
        {
            for (int f = 5; f >= 1; f--)
            {
                var names = owners[r - 1, f - 1];
                if (names is null)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{keyPrefix}: cell R={r} F={f} belongs to no segment."));
                }
                else if (names.Count > 1)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{keyPrefix}: cell R={r} F={f} belongs to several segments: {string.Join(", ", names.Select(n => $"'{n}'"))}."));
                }
                else
                {
                    cells[r - 1, f - 1] = names[0];
                }
            }
        }

        return problems;
    }
}
