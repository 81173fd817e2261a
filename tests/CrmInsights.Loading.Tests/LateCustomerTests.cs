namespace CrmInsights.Loading.Tests;

/// <summary>Email and survey facts that name an address before any customer has it are matched when that customer arrives.</summary>
public class LateCustomerTests
{
    private const string Matches = """
        SELECT 'email', f.EventId, c.CustomerId, CAST(c.ValidFromUtc AS VARCHAR) FROM fact.EmailEvent f JOIN dim.Customer c ON c.CustomerKey = f.CustomerKey
        UNION ALL
        SELECT 'survey', f.ResponseId, c.CustomerId, CAST(c.ValidFromUtc AS VARCHAR) FROM fact.SurveyResponse f JOIN dim.Customer c ON c.CustomerKey = f.CustomerKey
        ORDER BY 1, 2
        """;

    // Customers whose addresses the day's email event E3 and survey response R3 use (the day leaves both unknown).
    private static string LateCustomers => Data.Customers(
        Data.Customer("C7", "Bronze", "Hull", "2026-04-01T00:00:00Z", " Nobody@Example.com "),
        Data.Customer("C8", "Bronze", "Hull", "2026-04-01T00:00:00Z", "stranger@example.com"),
        Data.Customer("C8", "Gold", "Hull", "2026-05-01T10:30:00+01:00", "stranger@example.com"));

    [Fact]
    public async Task Run_FactsBeforeTheirCustomer_MatchedWhenTheCustomerArrives()
    {
        using var h = new LoadHarness();
        Data.DropDay(h);
        await h.RunAsync();
        Assert.Equal(["email|E3|UNKNOWN", "survey|R3|UNKNOWN"],
            (await h.RowsAsync(Matches)).Where(r => r.Contains("|E3|", StringComparison.Ordinal) || r.Contains("|R3|", StringComparison.Ordinal))
                .Select(r => string.Join('|', r.Split('|')[..3])));

        h.Drop("pos", "customers-2026-05-02.csv", LateCustomers);
        var batch = Assert.Single((await h.RunAsync()).Batches);

        Assert.Equal(Etl.Loading.BatchStatus.Loaded, batch.Status);
        var rows = await h.RowsAsync(Matches);
        Assert.Contains("email|E3|C7|1900-01-01 00:00:00", rows);
        // R3 was recorded at 10:00 +01:00, before C8's change to Gold at 10:30: the version valid then.
        Assert.Contains("survey|R3|C8|1900-01-01 00:00:00", rows);
    }

    [Fact]
    public async Task Run_CustomerBeforeOrAfterItsFacts_SameMatches()
    {
        using var factsFirst = new LoadHarness();
        Data.DropDay(factsFirst);
        await factsFirst.RunAsync();
        factsFirst.Drop("pos", "customers-2026-05-02.csv", LateCustomers);
        await factsFirst.RunAsync();

        using var customerFirst = new LoadHarness();
        customerFirst.Drop("pos", "customers-2026-05-02.csv", LateCustomers);
        await customerFirst.RunAsync();
        Data.DropDay(customerFirst);
        await customerFirst.RunAsync();

        Assert.Equal(await customerFirst.RowsAsync(Matches), await factsFirst.RowsAsync(Matches));
        Assert.Equal(0, await factsFirst.CountAsync("SELECT COUNT(*) FROM fact.EmailEvent WHERE CustomerKey = -1"));
    }
}
