using System.Text.Json;

namespace CrmInsights.Loading.Tests;

/// <summary>A check's sample of failing rows depends on the files loaded, not on the order the engine returns rows in.</summary>
public class CheckSampleTests
{
    [Fact]
    public async Task Checks_MoreFailingRowsThanTheSample_KeepTheRowsThatSortFirst()
    {
        using var h = new LoadHarness();
        h.Drop("pos", "stores-2026-05-01.csv", Data.Stores);
        h.Drop("pos", "products-2026-05-01.csv", Data.Products);
        // Seven buyers without a master record, inserted in descending order: the first five rows the engine returns would be C9..C5.
        h.Drop("pos", "order_lines-2026-05-01.csv", Data.OrderLines(
            Enumerable.Range(3, 7).Reverse().Select(n => Data.Line($"O{n}", 1, "2026-05-01T10:00:00+01:00", $"C{n}")).ToArray()));
        await h.RunAsync();

        var results = await h.Checks.RunAsync(["pos"]);

        var inferred = Assert.Single(results, r => r.Name == "customers_still_inferred");
        Assert.Equal(7, inferred.FailedCount);
        var sample = JsonSerializer.Deserialize<List<Dictionary<string, string>>>(inferred.Sample!)!;
        Assert.Equal(["C3", "C4", "C5", "C6", "C7"], sample.Select(r => r["CustomerId"]));
    }
}
