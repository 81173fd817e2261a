namespace CrmInsights.Loading.Tests;

/// <summary>SCD2 history when one batch carries several versions of a customer, or a version arrives late.</summary>
public class CustomerVersionTests
{
    private const string SalesByTier = """
        SELECT f.OrderId, c.CustomerId, c.LoyaltyTier FROM fact.SalesLine f JOIN dim.Customer c ON c.CustomerKey = f.CustomerKey ORDER BY f.OrderId
        """;

    private static async Task<LoadHarness> WithMastersAsync(string firstTier = "Bronze", string firstUpdatedAt = "2026-01-01T00:00:00Z")
    {
        var h = new LoadHarness();
        h.Drop("pos", "stores-2026-01-01.csv", Data.Stores);
        h.Drop("pos", "products-2026-01-01.csv", Data.Products);
        h.Drop("pos", "customers-2026-01-01.csv", Data.Customers(Data.Customer("C1", firstTier, "London", firstUpdatedAt, "ann@example.com")));
        await h.RunAsync();
        return h;
    }

    private static string History(string customerId) => $"""
        SELECT LoyaltyTier, City, LastName, CAST(ValidFromUtc AS VARCHAR), CAST(ValidToUtc AS VARCHAR), IsCurrent
        FROM dim.Customer WHERE CustomerId = '{customerId}' ORDER BY ValidFromUtc
        """;

    [Fact]
    public async Task Load_TwoAndThreeVersionsInOneFile_EachKeptInUpdatedAtOrderAndFactsFindTheirVersion()
    {
        using var h = await WithMastersAsync();
        h.Drop("pos", "customers-2026-03-31.csv", Data.Customers(
            Data.Customer("C1", "Gold", "London", "2026-03-01T00:00:00Z", "ann@example.com"),
            Data.Customer("C1", "Silver", "London", "2026-02-01T00:00:00Z", "ann@example.com"),
            Data.Customer("C2", "Bronze", "Leeds", "2026-02-01T00:00:00Z"),
            Data.Customer("C2", "Gold", "York", "2026-02-20T00:00:00Z", lastName: "Jones"),
            Data.Customer("C2", "Silver", "Leeds", "2026-02-10T00:00:00Z"),
            Data.Customer("C2", "Silver", "Leeds", "2026-02-10T00:00:00Z")));
        h.Drop("pos", "order_lines-2026-03-31.csv", Data.OrderLines(
            Data.Line("O1", 1, "2026-01-15T12:00:00+00:00", "C1"),
            Data.Line("O2", 1, "2026-02-15T12:00:00+00:00", "C1"),
            Data.Line("O3", 1, "2026-03-15T12:00:00+00:00", "C1"),
            Data.Line("O4", 1, "2026-02-05T12:00:00+00:00", "C2"),
            Data.Line("O5", 1, "2026-02-15T12:00:00+00:00", "C2"),
            Data.Line("O6", 1, "2026-02-25T12:00:00+00:00", "C2")));

        var summary = await h.RunAsync();

        var customers = summary.Batches.Single(b => b.Entity == "customers");
        Assert.Equal((6L, 5L, 0L, 1L), (customers.RowsRead, customers.RowsLoaded, customers.RowsRejected, customers.RowsDuplicate));
        Assert.Equal(
            ["Bronze|London|Smith|1900-01-01 00:00:00|2026-02-01 00:00:00|False", "Silver|London|Smith|2026-02-01 00:00:00|2026-03-01 00:00:00|False",
             "Gold|London|Smith|2026-03-01 00:00:00|9999-12-31 00:00:00|True"],
            await h.RowsAsync(History("C1")));
        // Type 1 (last name) comes from the newest record on every version.
        Assert.Equal(
            ["Bronze|Leeds|Jones|1900-01-01 00:00:00|2026-02-10 00:00:00|False", "Silver|Leeds|Jones|2026-02-10 00:00:00|2026-02-20 00:00:00|False",
             "Gold|York|Jones|2026-02-20 00:00:00|9999-12-31 00:00:00|True"],
            await h.RowsAsync(History("C2")));
        Assert.Equal(
            ["O1|C1|Bronze", "O2|C1|Silver", "O3|C1|Gold", "O4|C2|Bronze", "O5|C2|Silver", "O6|C2|Gold"],
            await h.RowsAsync(SalesByTier));
    }

    [Fact]
    public async Task Load_SameRecordsOneFileOrOneFilePerDay_SameHistoryAndReDeliveryChangesNothing()
    {
        string[] records =
        [
            Data.Customer("C1", "Silver", "London", "2026-02-01T00:00:00Z", "ann@example.com"),
            Data.Customer("C1", "Silver", "Leeds", "2026-02-02T00:00:00Z", "ann@example.com", lastName: "Jones"),
            Data.Customer("C1", "Gold", "Leeds", "2026-02-03T00:00:00Z", "ann@example.com", lastName: "Jones"),
        ];
        using var daily = await WithMastersAsync();
        for (var day = 0; day < records.Length; day++)
        {
            daily.Drop("pos", $"customers-2026-02-0{day + 1}.csv", Data.Customers(records[day]));
        }

        await daily.RunAsync();
        using var weekly = await WithMastersAsync();
        weekly.Drop("pos", "customers-2026-02-02.csv", Data.Customers(records));
        await weekly.RunAsync();

        Assert.Equal(await daily.ContentAsync(), await weekly.ContentAsync());
        Assert.Equal(4, await weekly.CountAsync("SELECT COUNT(*) FROM dim.Customer WHERE CustomerId = 'C1'"));

        // The week's file delivered after its days (another name, same records) changes nothing.
        var before = await daily.ContentAsync();
        daily.Drop("pos", "customers-2026-02-07.csv", Data.Customers(records));
        await daily.RunAsync();
        Assert.Equal(before, await daily.ContentAsync());
    }

    [Fact]
    public async Task Load_LateRecordOlderThanCurrentVersion_SplitsTheRangeAndRepointsEveryFactInIt()
    {
        using var h = await WithMastersAsync();
        h.Drop("pos", "customers-2026-03-01.csv", Data.Customers(Data.Customer("C1", "Gold", "London", "2026-03-01T00:00:00Z", "ann@example.com")));
        h.Drop("pos", "order_lines-2026-03-20.csv", Data.OrderLines(
            Data.Line("O1", 1, "2026-01-15T12:00:00+00:00", "C1"),
            Data.Line("O2", 1, "2026-02-15T12:00:00+00:00", "C1"),
            Data.Line("O3", 1, "2026-03-15T12:00:00+00:00", "C1")));
        h.Drop("email", "events-2026-03-20.jsonl", Data.Lines(Data.EmailEvent("E1", "ann@example.com", 1771156800, "open"))); // 2026-02-15 12:00Z
        h.Drop("survey", "responses-2026-03-20.csv", Data.Responses("R1,2026-02-15T12:00:00+00:00,S,C1,,store,9,,,false,,,"));
        h.Drop("web", "events-2026-03-20.jsonl", Data.Lines(Data.WebEvent(1771156800000000, "page_view", "P1", 1, userId: "C1", page: "https://shop/a")));
        await h.RunAsync();
        Assert.Equal(["O1|C1|Bronze", "O2|C1|Bronze", "O3|C1|Gold"], await h.RowsAsync(SalesByTier));

        h.Drop("pos", "customers-2026-02-01.csv", Data.Customers(Data.Customer("C1", "Silver", "York", "2026-02-01T00:00:00Z", "ann@example.com", lastName: "Old")));
        await h.RunAsync();

        Assert.Equal(
            ["Bronze|London|Smith|1900-01-01 00:00:00|2026-02-01 00:00:00|False", "Silver|York|Smith|2026-02-01 00:00:00|2026-03-01 00:00:00|False",
             "Gold|London|Smith|2026-03-01 00:00:00|9999-12-31 00:00:00|True"],
            await h.RowsAsync(History("C1")));
        Assert.Equal(["O1|C1|Bronze", "O2|C1|Silver", "O3|C1|Gold"], await h.RowsAsync(SalesByTier));
        Assert.Equal(
            ["email|Silver", "session|Silver", "survey|Silver"],
            await h.RowsAsync("""
                SELECT 'email', c.LoyaltyTier FROM fact.EmailEvent f JOIN dim.Customer c ON c.CustomerKey = f.CustomerKey
                UNION ALL SELECT 'survey', c.LoyaltyTier FROM fact.SurveyResponse f JOIN dim.Customer c ON c.CustomerKey = f.CustomerKey
                UNION ALL SELECT 'session', c.LoyaltyTier FROM fact.WebSession f JOIN dim.Customer c ON c.CustomerKey = f.CustomerKey
                ORDER BY 1
                """));
        Assert.Equal(0, await h.CountAsync("""
            SELECT COUNT(*) FROM fact.SalesLine f JOIN dim.Customer c ON c.CustomerKey = f.CustomerKey
            WHERE NOT (c.ValidFromUtc <= f.OrderedAtUtc AND c.ValidToUtc > f.OrderedAtUtc)
            """));
    }

    [Fact]
    public async Task Load_LateRecordOlderThanTheFirstVersion_TakesTheHeadOfItsRange()
    {
        using var h = await WithMastersAsync("Gold", "2026-03-01T00:00:00Z");
        h.Drop("pos", "order_lines-2026-03-20.csv", Data.OrderLines(
            Data.Line("O1", 1, "2026-01-15T12:00:00+00:00", "C1"),
            Data.Line("O2", 1, "2026-03-15T12:00:00+00:00", "C1")));
        await h.RunAsync();
        var firstKey = Assert.Single(await h.RowsAsync("SELECT CustomerKey FROM dim.Customer WHERE CustomerId = 'C1'"));

        h.Drop("pos", "customers-2026-02-01.csv", Data.Customers(Data.Customer("C1", "Bronze", "London", "2026-02-01T00:00:00Z", "ann@example.com")));
        await h.RunAsync();

        Assert.Equal(
            ["Bronze|London|Smith|1900-01-01 00:00:00|2026-03-01 00:00:00|False", "Gold|London|Smith|2026-03-01 00:00:00|9999-12-31 00:00:00|True"],
            await h.RowsAsync(History("C1")));
        Assert.Equal(["O1|C1|Bronze", "O2|C1|Gold"], await h.RowsAsync(SalesByTier));
        Assert.Equal([firstKey], await h.RowsAsync("SELECT CustomerKey FROM dim.Customer WHERE CustomerId = 'C1' AND LoyaltyTier = 'Bronze'"));
        Assert.Equal(["2026-02-01 00:00:00", "2026-03-01 00:00:00"],
            await h.RowsAsync("SELECT CAST(SourceUpdatedAtUtc AS VARCHAR) FROM dim.Customer WHERE CustomerId = 'C1' ORDER BY ValidFromUtc"));
    }

    [Fact]
    public async Task Load_LateRecordWithoutTrackedChangeOrSameUpdatedAt_AddsNoVersion()
    {
        using var h = await WithMastersAsync();
        h.Drop("pos", "customers-2026-03-01.csv", Data.Customers(Data.Customer("C1", "Gold", "London", "2026-03-01T00:00:00Z", "ann@example.com")));
        await h.RunAsync();

        // Older, tracked attributes as the version then valid: nothing changes (its last name is stale, so not applied either).
        h.Drop("pos", "customers-2026-02-01.csv", Data.Customers(Data.Customer("C1", "Bronze", "London", "2026-02-01T00:00:00Z", "ann@example.com", lastName: "Old")));
        // Same updated_at as the first version: corrects it in place.
        h.Drop("pos", "customers-2026-02-02.csv", Data.Customers(Data.Customer("C1", "Silver", "London", "2026-01-01T00:00:00Z", "ann@example.com")));
        await h.RunAsync();

        Assert.Equal(
            ["Silver|London|Smith|1900-01-01 00:00:00|2026-03-01 00:00:00|False", "Gold|London|Smith|2026-03-01 00:00:00|9999-12-31 00:00:00|True"],
            await h.RowsAsync(History("C1")));
    }
}
