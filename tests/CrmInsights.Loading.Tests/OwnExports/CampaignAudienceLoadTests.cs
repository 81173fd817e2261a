using CrmInsights.Etl.Loading;

namespace CrmInsights.Loading.Tests.OwnExports;

/// <summary>
/// email/audiences load into fact.CampaignAudience: the member resolves by customer_id, else by address (an address nobody
/// carries yet waits on the unknown member and is matched when its customer arrives), an unseen campaign is inferred, a
/// group other than treatment/control is rejected, a (campaign, address) pair carried again replaces its copy and a
/// corrected file replaces what its earlier version loaded.
/// </summary>
public class CampaignAudienceLoadTests
{
    private const string Members = """
        SELECT cp.CampaignId, f.EmailNormalized, c.CustomerId, f.AudienceGroup
        FROM fact.CampaignAudience AS f
        JOIN dim.Campaign AS cp ON cp.CampaignKey = f.CampaignKey
        JOIN dim.Customer AS c ON c.CustomerKey = f.CustomerKey
        ORDER BY cp.CampaignId, f.EmailNormalized
        """;

    private const string Header = "campaign_id,email,group,customer_id\n";

    private static LoadHarness WithCustomers()
    {
        var h = new LoadHarness();
        h.Drop("pos", "customers-2026-05-01.csv", Data.Customers(
            Data.Customer("C1", "Bronze", "London", "2026-04-01T00:00:00Z", "ann@example.com"),
            Data.Customer("C2", "Silver", "Leeds", "2026-04-01T00:00:00Z", "bob@example.com")));
        return h;
    }

    [Fact]
    public async Task Audience_ResolvesMembersByIdThenAddress_WaitsForUnknownAddresses_RejectsUnknownGroups()
    {
        using var h = WithCustomers();
        h.Drop("email", "audiences-2026-05-01.csv", Header + """
            K1,ann@example.com,treatment,
            K1, Bob@Example.com ,control,
            K1,cy@example.com,control,
            K1,ann@example.com,control,
            K2,other@example.com,treatment,C2
            K2,dee@example.com,holdout,

            """);

        var summary = await h.RunAsync();

        Assert.All(summary.Batches, b => Assert.Equal(BatchStatus.Loaded, b.Status));
        // The repeated K1/ann row is a duplicate within the file (first wins); customer_id C2 names the member whatever the address.
        Assert.Equal(["K1|ann@example.com|C1|treatment", "K1|bob@example.com|C2|control", "K1|cy@example.com|UNKNOWN|control", "K2|other@example.com|C2|treatment"],
            await h.RowsAsync(Members));
        Assert.Equal(["group|invalid_code"], await h.RowsAsync("SELECT FieldName, Reason FROM etl.Reject ORDER BY FieldName"));
        Assert.Equal(["K1|True", "K2|True"], await h.RowsAsync("SELECT CampaignId, IsInferred FROM dim.Campaign WHERE CampaignKey <> -1 ORDER BY CampaignId"));

        // The owner of cy@example.com arrives: the waiting member is matched.
        h.Drop("pos", "customers-2026-05-02.csv", Data.Customers(
            "C8,,cy@example.com,,Di,Ray,,,,Hull,,GB,2025-03-01,Bronze,false,store,2026-05-02T00:00:00Z"));
        await h.RunAsync();
        Assert.Contains("K1|cy@example.com|C8|control", await h.RowsAsync(Members));
    }

    [Fact]
    public async Task PairCarriedAgain_ReplacesItsCopy_AndACorrectedFileReplacesItsEarlierVersion()
    {
        using var h = WithCustomers();
        h.Drop("email", "audiences-2026-05-01.csv", Header + "K1,ann@example.com,treatment,\nK1,bob@example.com,treatment,\n");
        await h.RunAsync();

        // Another file moves bob to the holdout: one K1/bob row, the newer one; the first batch counts it superseded.
        h.Drop("email", "audiences-2026-05-02.csv", Header + "K1,bob@example.com,control,\nK2,ann@example.com,treatment,\n");
        await h.RunAsync();
        Assert.Equal(["K1|ann@example.com|C1|treatment", "K1|bob@example.com|C2|control", "K2|ann@example.com|C1|treatment"], await h.RowsAsync(Members));

        // A corrected audiences-2026-05-01.csv: what its first version still holds (K1/ann) goes; K1/bob stays as the other file loaded it.
        h.Drop("email", "audiences-2026-05-01.csv", Header + "K3,bob@example.com,control,\n");
        await h.RunAsync();
        Assert.Equal(["K1|bob@example.com|C2|control", "K2|ann@example.com|C1|treatment", "K3|bob@example.com|C2|control"], await h.RowsAsync(Members));

        Assert.Empty(await h.RowsAsync("""
            SELECT b.BatchId FROM etl.Batch AS b
            WHERE b.Entity = 'audiences' AND b.Status IN ('Succeeded', 'Replaced')
              AND b.RowsLoaded - b.RowsSuperseded <> (SELECT COUNT(*) FROM fact.CampaignAudience AS f WHERE f.BatchId = b.BatchId)
            """));
    }
}
