using System.Text.Json;
using CrmInsights.Demo;
using CrmInsights.Etl.Loading;

namespace CrmInsights.Loading.Tests;

/// <summary>The generator's dirty data end to end: every injected defect is accounted for exactly as its manifest says.</summary>
public class DirtyDataTests
{
    // Our reject codes are finer than the generator's reason categories.
    private static readonly Dictionary<string, string> CategoryOf = new(StringComparer.Ordinal)
    {
        ["invalid_integer"] = "invalid_number", ["invalid_number"] = "invalid_number", ["invalid_timestamp"] = "invalid_date",
        ["invalid_date"] = "invalid_date", ["missing_offset"] = "invalid_date", ["invalid_code"] = "invalid_value",
    };

    // The email timestamp is Unix seconds, so a word there fails as a number; the generator files it under dates.
    private static string Category(string code, string field) =>
        field == "timestamp" && code is "invalid_number" or "invalid_integer" ? "invalid_date" : CategoryOf.GetValueOrDefault(code, code);

    [Theory]
    [InlineData(DropPeriod.Day)]
    [InlineData(DropPeriod.Week)]
    public async Task Run_GeneratedDirtyData_RejectsQuarantinesAndDuplicatesExactlyAsTheManifest(DropPeriod drop)
    {
        using var h = new LoadHarness();
        DemoGenerator.Generate(new DemoOptions { Customers = 100, Months = 1, Seed = 11, DirtyRate = 0.05, OutputDirectory = h.Root, Products = 60, Stores = 4, DropPeriod = drop });
        foreach (var file in Directory.EnumerateFiles(Path.Combine(h.Root, "inbox"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, h.Time.GetUtcNow().UtcDateTime.AddMinutes(-10));
        }

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(h.Root, "dirty-manifest.json")));
        var defects = manifest.RootElement.GetProperty("defects").EnumerateArray().ToList();
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();

        var summary = await h.RunAsync();

        // Files: exactly the manifest's quarantined files are quarantined; everything else loads.
        var quarantined = files.Where(f => f.GetProperty("expected").GetString() == "quarantined").Select(f => f.GetProperty("file").GetString()!).Order().ToList();
        Assert.NotEmpty(quarantined);
        Assert.Equal(quarantined, summary.Batches.Where(b => b.Status == BatchStatus.Quarantined).Select(b => $"{b.Source}/{b.Origin}").Order());
        Assert.Equal(summary.Batches.Count - quarantined.Count, summary.Count(BatchStatus.Loaded));

        // Rejects: per file and reason category, exactly the injected ones (files later quarantined excluded).
        var expected = defects
            .Where(d => d.GetProperty("expected").GetString() == "reject" && !quarantined.Contains(d.GetProperty("file").GetString()!))
            .GroupBy(d => $"{d.GetProperty("file").GetString()}|{d.GetProperty("reason_category").GetString()}")
            .ToDictionary(g => g.Key, g => g.Count());
        var actual = (await h.RowsAsync("SELECT CONCAT(b.Source, '/', b.FileName), r.Reason, r.FieldName FROM etl.Reject r JOIN etl.Batch b ON b.BatchId = r.BatchId"))
            .Select(r => r.Split('|'))
            .GroupBy(r => $"{r[0]}|{Category(r[1], r[2])}")
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.True(expected.Count > 10, "the manifest should list many rejects");
        var differences = expected.Keys.Union(actual.Keys)
            .Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k))
            .Select(k => $"{k}: manifest {expected.GetValueOrDefault(k)}, warehouse {actual.GetValueOrDefault(k)}").ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));

        // Unreadable optional values (survey scores off their scale or not numbers): the response loads with the score NULL,
        // counted per file in etl.Batch.FieldWarnings, exactly as the manifest lists them.
        var nulled = defects
            .Where(d => d.GetProperty("expected").GetString() == "field_nulled" && !quarantined.Contains(d.GetProperty("file").GetString()!))
            .GroupBy(d => d.GetProperty("file").GetString()!)
            .Select(g => $"{g.Key}|{g.Count()}").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(nulled);
        Assert.Equal(nulled, (await h.RowsAsync("SELECT CONCAT(Source, '/', FileName), FieldWarnings FROM etl.Batch WHERE FieldWarnings > 0 AND Status = 'Succeeded'"))
            .Order(StringComparer.Ordinal).ToList());

        // Duplicates skipped and rows never lost: read = loaded + rejected + duplicates for every batch.
        var duplicates = defects.Count(d => d.GetProperty("expected").GetString() == "duplicate_skipped"
            && !quarantined.Contains(d.GetProperty("file").GetString()!) && !d.GetProperty("file").GetString()!.StartsWith("email/events", StringComparison.Ordinal));
        // Email event files also repeat event ids on purpose (at-least-once delivery), so they are checked by uniqueness instead.
        Assert.Equal(duplicates, summary.Batches.Where(b => b.Status == BatchStatus.Loaded && !(b.Source == "email" && b.Entity == "events")).Sum(b => b.RowsDuplicate));
        Assert.Equal(0, await h.CountAsync("SELECT COUNT(*) - COUNT(DISTINCT EventId) FROM fact.EmailEvent"));
        Assert.Equal(0, await h.CountAsync("SELECT COUNT(*) FROM etl.Batch WHERE Status = 'Succeeded' AND RowsRead <> RowsLoaded + RowsRejected + RowsDuplicate"));

        // Unknown customers are accepted as inferred members; no error-level check fails.
        var unknownCustomers = defects.Count(d => d.GetProperty("kind").GetString() == "unknown_customer");
        Assert.Equal(unknownCustomers, await h.CountAsync("SELECT COUNT(*) FROM dim.Customer WHERE IsInferred = 1"));
        Assert.False(summary.HasErrorChecks, string.Join("\n", summary.Checks.Where(c => !c.Passed).Select(c => c.Name + " " + c.Message + " " + c.Sample)));
    }
}
