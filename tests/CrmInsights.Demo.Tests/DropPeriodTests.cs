using System.Security.Cryptography;
using System.Text.Json;

namespace CrmInsights.Demo.Tests;

/// <summary>Weekly and monthly drops: the same rows as daily files, grouped into files named by the period's first day.</summary>
public class DropPeriodTests
{
    private static readonly string[] Entities =
        ["pos/customers", "pos/products", "pos/stores", "pos/order_lines", "web/events", "email/campaigns", "email/events", "survey/responses"];

    private static string Generate(DropPeriod drop, double dirty = 0, long seed = 9)
    {
        var dir = Datasets.TempDir("drop-" + drop);
        DemoGenerator.Generate(new DemoOptions
        {
            Customers = 150, Months = 2, Seed = seed, StartDate = new DateOnly(2024, 1, 10), DropPeriod = drop, DirtyRate = dirty,
            OutputDirectory = dir, Products = 60, Stores = 4,
        });
        return dir;
    }

    private static DateOnly DateOf(string path) => DateOnly.ParseExact(Path.GetFileNameWithoutExtension(path)[^10..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // Data lines of an entity in file order (headers dropped), each with the period its file is named by.
    private static List<(DateOnly File, string Line)> Lines(string dir, string entity, Func<DateOnly, DateOnly> period)
    {
        var (source, name) = (entity.Split('/')[0], entity.Split('/')[1]);
        var result = new List<(DateOnly, string)>();
        foreach (var file in Datasets.Files(dir, source, name))
        {
            var lines = File.ReadAllLines(file);
            result.AddRange(lines.Skip(file.EndsWith(".csv", StringComparison.Ordinal) ? 1 : 0).Select(l => (period(DateOf(file)), l)));
        }

        return result;
    }

    [Theory]
    [InlineData(DropPeriod.Week)]
    [InlineData(DropPeriod.Month)]
    public void Generate_PeriodDrop_SameRowsAsDailyFilesGroupedByPeriodStart(DropPeriod drop)
    {
        var daily = Generate(DropPeriod.Day);
        var grouped = Generate(drop);
        Func<DateOnly, DateOnly> start = drop == DropPeriod.Week
            ? d => d.AddDays(-(((int)d.DayOfWeek + 6) % 7))
            : d => new DateOnly(d.Year, d.Month, 1);
        foreach (var entity in Entities)
        {
            var expected = Lines(daily, entity, start);
            var actual = Lines(grouped, entity, d => d);
            Assert.True(expected.Count > 0, entity);
            Assert.Equal(expected, actual);
        }

        var names = Directory.EnumerateFiles(Path.Combine(grouped, "inbox"), "*", SearchOption.AllDirectories).Select(DateOf).Distinct().ToList();
        Assert.All(names, d => Assert.Equal(start(d), d));
        Assert.Contains(drop == DropPeriod.Week ? new DateOnly(2024, 1, 8) : new DateOnly(2024, 1, 1), names);
    }

    [Fact]
    public void Generate_MonthDropSameSeedTwice_IdenticalBytes()
    {
        static Dictionary<string, string> Hashes(string dir) => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
        var a = Hashes(Generate(DropPeriod.Month, 0.03, seed: 4));
        var b = Hashes(Generate(DropPeriod.Month, 0.03, seed: 4));
        Assert.True(a.Count > 10);
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData(DropPeriod.Week)]
    [InlineData(DropPeriod.Month)]
    public void Generate_DirtyPeriodDrop_ManifestRowsAndLinesMatchReread(DropPeriod drop)
    {
        var dir = Generate(drop, 0.03);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "dirty-manifest.json"))).RootElement;
        var n = 0;
        foreach (var group in manifest.GetProperty("defects").EnumerateArray().GroupBy(d => d.GetProperty("file").GetString()!, StringComparer.Ordinal))
        {
            var path = Path.Combine(dir, "inbox", group.Key);
            Assert.Equal(DateOf(path), drop == DropPeriod.Month ? new DateOnly(DateOf(path).Year, DateOf(path).Month, 1) : DateOf(path).AddDays(-(((int)DateOf(path).DayOfWeek + 6) % 7)));
            if (path.EndsWith(".csv", StringComparison.Ordinal))
            {
                var (header, rows) = SimpleCsv.Read(path);
                foreach (var d in group)
                {
                    var row = d.GetProperty("row").GetInt32();
                    Assert.Equal(row, rows[row - 1].Row);
                    Assert.Equal(d.GetProperty("line").GetInt32(), rows[row - 1].Line);
                    if (d.GetProperty("kind").GetString() == "duplicate")
                    {
                        Assert.Equal(rows[row - 2].Fields, rows[row - 1].Fields);
                    }
                    else
                    {
                        var value = d.GetProperty("value").ValueKind == JsonValueKind.Null ? "" : d.GetProperty("value").GetString();
                        Assert.Equal(value, rows[row - 1].Fields[Array.IndexOf(header, d.GetProperty("field").GetString())]);
                    }

                    n++;
                }
            }
            else
            {
                var lines = File.ReadAllLines(path);
                foreach (var d in group)
                {
                    using var doc = JsonDocument.Parse(lines[d.GetProperty("line").GetInt32() - 1]);
                    var field = d.GetProperty("field").GetString()!;
                    if (d.GetProperty("kind").GetString() == "missing_required")
                    {
                        Assert.False(doc.RootElement.TryGetProperty(field, out _));
                    }
                    else
                    {
                        Assert.Equal(d.GetProperty("value").GetString(), doc.RootElement.GetProperty(field).GetString());
                    }

                    n++;
                }
            }
        }

        Assert.True(n > 20, $"only {n} defects");
        foreach (var f in manifest.GetProperty("files").EnumerateArray())
        {
            var path = Path.Combine(dir, "inbox", f.GetProperty("file").GetString()!);
            Assert.True(File.Exists(path), path);
        }
    }

    [Fact]
    public void Validate_UndefinedDropPeriod_Listed()
    {
        var errors = new DemoOptions { DropPeriod = (DropPeriod)7 }.Validate();
        Assert.Contains(errors, e => e.Contains("Demo:DropPeriod", StringComparison.Ordinal));
    }
}
