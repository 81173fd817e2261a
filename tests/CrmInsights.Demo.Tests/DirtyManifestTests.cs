using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CrmInsights.Demo.Tests;

/// <summary>The dirty manifest says exactly what was injected, checked by re-reading the files independently.</summary>
public class DirtyManifestTests
{
    private static readonly string Dir = Datasets.Dirty.Dir;

    private static JsonElement Manifest() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "dirty-manifest.json"))).RootElement;

    private static string Inbox(string relative) => Path.Combine(Dir, "inbox", relative);

    [Fact]
    public void Manifest_CountsByKindEqualListedDefects()
    {
        var m = Manifest();
        var listed = m.GetProperty("defects").EnumerateArray().Select(d => d.GetProperty("kind").GetString()!)
            .Concat(m.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!))
            .GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
        var counts = m.GetProperty("counts").GetProperty("by_kind").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal);
        Assert.Equal(listed.OrderBy(k => k.Key, StringComparer.Ordinal), counts.OrderBy(k => k.Key, StringComparer.Ordinal));
        Assert.Equal(counts, Datasets.Dirty.Summary.DefectsByKind.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal));
        foreach (var kind in new[] { "missing_required", "invalid_number", "invalid_date", "out_of_range", "unknown_sku", "unknown_store", "unknown_customer", "duplicate", "bom", "crlf", "truncated_file", "wrong_header" })
        {
            Assert.True(counts.GetValueOrDefault(kind) > 0, $"no {kind} injected");
        }

        Assert.Equal("reject", m.GetProperty("kinds").GetProperty("unknown_sku").GetProperty("expected").GetString());
        Assert.Equal("accepted", m.GetProperty("kinds").GetProperty("unknown_customer").GetProperty("expected").GetString());
        Assert.Equal("duplicate_skipped", m.GetProperty("kinds").GetProperty("duplicate").GetProperty("expected").GetString());
    }

    [Fact]
    public void CsvDefects_RowLineAndValueMatchIndependentReread()
    {
        var checkedRows = 0;
        foreach (var group in Manifest().GetProperty("defects").EnumerateArray().Where(d => d.GetProperty("file").GetString()!.EndsWith(".csv", StringComparison.Ordinal))
                     .GroupBy(d => d.GetProperty("file").GetString()!, StringComparer.Ordinal))
        {
            var (header, rows) = SimpleCsv.Read(Inbox(group.Key));
            foreach (var d in group)
            {
                var row = d.GetProperty("row").GetInt32();
                var record = rows[row - 1];
                Assert.Equal(row, record.Row);
                Assert.Equal(d.GetProperty("line").GetInt32(), record.Line);
                var field = d.GetProperty("field").GetString()!;
                var kind = d.GetProperty("kind").GetString();
                if (kind == "duplicate")
                {
                    Assert.Equal(rows[row - 2].Fields, record.Fields);
                }
                else
                {
                    var value = d.GetProperty("value").ValueKind == JsonValueKind.Null ? "" : d.GetProperty("value").GetString();
                    Assert.Equal(value, record.Fields[Array.IndexOf(header, field)]);
                }

                checkedRows++;
            }
        }

        Assert.True(checkedRows > 20);
    }

    [Fact]
    public void JsonlDefects_AtTheirLineAreMissingOrMalformed()
    {
        var n = 0;
        foreach (var group in Manifest().GetProperty("defects").EnumerateArray().Where(d => d.GetProperty("file").GetString()!.EndsWith(".jsonl", StringComparison.Ordinal))
                     .GroupBy(d => d.GetProperty("file").GetString()!, StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(Inbox(group.Key));
            foreach (var d in group)
            {
                using var doc = JsonDocument.Parse(lines[d.GetProperty("line").GetInt32() - 1]);
                var field = d.GetProperty("field").GetString()!;
                switch (d.GetProperty("kind").GetString())
                {
                    case "missing_required":
                        Assert.False(doc.RootElement.TryGetProperty(field, out _));
                        break;
                    default:
                        Assert.Equal(d.GetProperty("value").GetString(), doc.RootElement.GetProperty(field).GetString());
                        break;
                }

                n++;
            }
        }

        Assert.True(n > 20);
    }

    [Fact]
    public void OrderLines_UnknownReferencesFoundByIndependentLookupEqualManifest()
    {
        var skus = Datasets.Files(Dir, "pos", "products").SelectMany(SimpleCsv.Rows).Select(r => r["sku"]).ToHashSet(StringComparer.Ordinal);
        var stores = Datasets.Files(Dir, "pos", "stores").SelectMany(SimpleCsv.Rows).Select(r => r["store_id"]).ToHashSet(StringComparer.Ordinal);
        var customers = Datasets.Files(Dir, "pos", "customers").SelectMany(SimpleCsv.Rows).Select(r => r["customer_id"]).ToHashSet(StringComparer.Ordinal);
        var quarantined = Manifest().GetProperty("files").EnumerateArray().Where(f => f.GetProperty("expected").GetString() == "quarantined")
            .Select(f => f.GetProperty("file").GetString()!).ToHashSet(StringComparer.Ordinal);
        int unknownSku = 0, unknownStore = 0, unknownCustomer = 0;
        foreach (var file in Datasets.Files(Dir, "pos", "order_lines").Where(f => !quarantined.Contains("pos/" + Path.GetFileName(f))))
        {
            foreach (var r in SimpleCsv.Rows(file))
            {
                unknownSku += r["sku"].Length > 0 && !skus.Contains(r["sku"]) ? 1 : 0;
                unknownStore += !stores.Contains(r["store_id"]) ? 1 : 0;
                unknownCustomer += r["customer_id"].Length > 0 && !customers.Contains(r["customer_id"]) ? 1 : 0;
            }
        }

        var byKind = Manifest().GetProperty("counts").GetProperty("by_kind");
        Assert.Equal(byKind.GetProperty("unknown_sku").GetInt32(), unknownSku);
        Assert.Equal(byKind.GetProperty("unknown_store").GetInt32(), unknownStore);
        var surveyUnknown = Manifest().GetProperty("defects").EnumerateArray()
            .Count(d => d.GetProperty("kind").GetString() == "unknown_customer" && d.GetProperty("file").GetString()!.StartsWith("survey/", StringComparison.Ordinal));
        Assert.Equal(byKind.GetProperty("unknown_customer").GetInt32() - surveyUnknown, unknownCustomer);
    }

    [Fact]
    public void Survey_ScoresOutsideScaleFoundByIndependentCheckEqualManifest()
    {
        var m = Manifest();
        var quarantined = m.GetProperty("files").EnumerateArray().Where(f => f.GetProperty("expected").GetString() == "quarantined")
            .Select(f => f.GetProperty("file").GetString()!).ToHashSet(StringComparer.Ordinal);
        int outOfRange = 0, notNumber = 0;
        foreach (var file in Datasets.Files(Dir, "survey", "responses").Where(f => !quarantined.Contains("survey/" + Path.GetFileName(f))))
        {
            foreach (var r in SimpleCsv.Rows(file))
            {
                foreach (var (col, lo, hi) in new[] { ("nps", 0, 10), ("csat", 1, 5), ("ces", 1, 7) })
                {
                    if (r[col].Length == 0)
                    {
                        continue;
                    }

                    if (!int.TryParse(r[col], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
                    {
                        notNumber++;
                    }
                    else if (v < lo || v > hi)
                    {
                        outOfRange++;
                    }
                }
            }
        }

        var survey = m.GetProperty("defects").EnumerateArray().Where(d => d.GetProperty("file").GetString()!.StartsWith("survey/", StringComparison.Ordinal)).ToList();
        Assert.Equal(survey.Count(d => d.GetProperty("kind").GetString() == "out_of_range"), outOfRange);
        Assert.Equal(survey.Count(d => d.GetProperty("kind").GetString() == "invalid_number"), notNumber);
    }

    [Fact]
    public void FileDefects_BomCrlfTruncationAndHeaderPresentInDesignatedFilesOnly()
    {
        var files = Manifest().GetProperty("files").EnumerateArray().ToList();
        foreach (var f in files)
        {
            var bytes = File.ReadAllBytes(Inbox(f.GetProperty("file").GetString()!));
            switch (f.GetProperty("kind").GetString())
            {
                case "bom":
                    Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
                    break;
                case "crlf":
                    Assert.Contains("\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
                    Assert.DoesNotMatch("[^\r]\n", Encoding.UTF8.GetString(bytes).Replace("\r\n", "", StringComparison.Ordinal) + "x");
                    break;
                case "truncated_file":
                    Assert.NotEqual((byte)'\n', bytes[^1]);
                    break;
                case "wrong_header":
                    var header = Encoding.UTF8.GetString(bytes).Split('\n')[0].TrimEnd('\r').Split(',');
                    Assert.DoesNotContain(f.GetProperty("column").GetString(), header);
                    break;
            }
        }

        var designated = files.Where(f => f.GetProperty("kind").GetString() == "bom").Select(f => f.GetProperty("file").GetString()).ToHashSet();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Dir, "inbox"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Path.Combine(Dir, "inbox"), file).Replace('\\', '/');
            var first = File.ReadAllBytes(file)[0];
            Assert.Equal(designated.Contains(relative), first == 0xEF);
        }
    }

    [Fact]
    public void JsonlTruncatedFile_LastLineIsNotValidJson()
    {
        var truncated = Manifest().GetProperty("files").EnumerateArray()
            .Where(f => f.GetProperty("kind").GetString() == "truncated_file" && f.GetProperty("file").GetString()!.EndsWith(".jsonl", StringComparison.Ordinal)).ToList();
        Assert.Single(truncated);
        var last = File.ReadAllLines(Inbox(truncated[0].GetProperty("file").GetString()!))[^1];
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(last));
    }
}
