using CrmInsights.Analytics.Snapshot;
using CrmInsights.Tests.Shared;

namespace CrmInsights.Loading.Tests;

/// <summary>
/// An incremental derive after a customers file gives the snapshot a full rebuild gives, when that file moves a customer's
/// first month: a master arriving after its customer's purchases with an earlier signup, a new customer with no facts yet,
/// one whose address matches email events waiting on the unknown member, and a signup corrected to a later month; and
/// after an order line re-delivered in another month, whose old row leaves no date behind.
/// </summary>
public sealed class IncrementalDeriveTests
{
    private const string Snapshot = """
        SELECT YearMonthKey, CustomerId, CustomerKey, Orders, Revenue, FirstPurchaseDateKey, CohortYearMonthKey, RecencyDays, Frequency,
            RScore, FScore, MScore, RfmSegment, RelationshipStage, IsActive, IsNew, IsLapsed, HistoricalClv, PredictedClv12m,
            ProbabilityAlive, EngagementScore, FirstPurchaseStoreKey, LastPurchaseStoreKey
        FROM fact.CustomerMonth ORDER BY YearMonthKey, CustomerId
        """;

    private static readonly SnapshotOptions Options = new() { LapseDays = 30 };

    [Fact]
    public async Task Derive_AfterCustomersFileThatMovesFirstMonths_EqualsFullRebuild()
    {
        using var h = new LoadHarness();
        DropMasters(h);
        h.Drop("pos", "order_lines-2026-03-31.csv", Data.OrderLines(
            Data.Line("O1", 1, "2026-01-10T10:00:00Z", "C1"),
            Data.Line("O2", 1, "2026-03-05T10:00:00Z", "C1"),
            Data.Line("O3", 1, "2026-03-12T10:00:00Z", "C9")));
        h.Drop("email", "campaigns-2026-02-01.csv", Data.CampaignsHeader + "\nCMP1,Feb news,Hello,2026-02-01T09:00:00Z,all,100\n");
        h.Drop("email", "events-2026-02-02.jsonl", Data.Lines(
            Data.EmailEvent("E1", "ann@example.com", 1769936400, "delivered"),
            Data.EmailEvent("E3", "nobody@example.com", 1769936400, "delivered"),
            Data.EmailEvent("E4", "nobody@example.com", 1770022800, "click")));
        await h.RunAsync();
        var first = await DeriveAsync(h);
        Assert.Equal(202601, first.FromMonth);
        Assert.Equal(202603, first.ToMonth);
        Assert.Equal(["C1"], await h.RowsAsync("SELECT DISTINCT CustomerId FROM fact.CustomerMonth WHERE YearMonthKey < 202603 ORDER BY 1"));

        // The master arrives late: C9 (bought in March) signed up in January, C7 owns the address of the February email
        // events and signed up in March, C10 signed up in February and has done nothing yet; C1 changes tier in March.
        h.Drop("pos", "customers-2026-04-01.csv", Data.CustomersHeader + "\n" + Data.Lines(
            "C9,LC9,c9@example.com,0700,Cy,Nine,1980-02-03,F,E1 1AA,Leeds,Yorkshire,GB,2026-01-20,Bronze,true,web,2026-04-01T00:00:00Z",
            "C7,LC7,nobody@example.com,0700,Di,Seven,1980-02-03,F,E1 1AA,Leeds,Yorkshire,GB,2026-03-01,Bronze,true,web,2026-04-01T00:00:00Z",
            "C10,LC10,c10@example.com,0700,Ed,Ten,1980-02-03,F,E1 1AA,Leeds,Yorkshire,GB,2026-02-15,Bronze,true,web,2026-04-01T00:00:00Z",
            Data.Customer("C1", "Silver", "London", "2026-03-20T00:00:00Z", "ann@example.com")));
        await h.RunAsync();
        var late = await DeriveAsync(h);
        Assert.Equal(202601, late.FromMonth);
        var incremental = await h.RowsAsync(Snapshot);
        Assert.Equal(["202601|C1", "202601|C9", "202602|C1", "202602|C10", "202602|C7", "202602|C9"],
            await h.RowsAsync("SELECT YearMonthKey, CustomerId FROM fact.CustomerMonth WHERE YearMonthKey < 202603 ORDER BY 1, 2"));
        await DeriveAsync(h, fullRebuild: true);
        Assert.Equal(await h.RowsAsync(Snapshot), incremental);

        // C9's signup is corrected to March: its January and February rows go.
        h.Drop("pos", "customers-2026-04-02.csv", Data.CustomersHeader + "\n" + Data.Lines(
            "C9,LC9,c9@example.com,0700,Cy,Nine,1980-02-03,F,E1 1AA,Leeds,Yorkshire,GB,2026-03-10,Bronze,true,web,2026-04-02T00:00:00Z"));
        await h.RunAsync();
        var corrected = await DeriveAsync(h);
        Assert.Equal(202601, corrected.FromMonth);
        incremental = await h.RowsAsync(Snapshot);
        Assert.Equal(0, await h.CountAsync("SELECT COUNT(*) FROM fact.CustomerMonth WHERE CustomerId = 'C9' AND YearMonthKey < 202603"));
        await DeriveAsync(h, fullRebuild: true);
        Assert.Equal(await h.RowsAsync(Snapshot), incremental);

        // A tier change alone rebuilds from the month of the new version, not from the customer's first month.
        h.Drop("pos", "customers-2026-04-03.csv", Data.Customers(Data.Customer("C1", "Gold", "London", "2026-03-25T00:00:00Z", "ann@example.com")));
        await h.RunAsync();
        var tier = await DeriveAsync(h);
        Assert.Equal(202603, tier.FromMonth);
        incremental = await h.RowsAsync(Snapshot);
        await DeriveAsync(h, fullRebuild: true);
        Assert.Equal(await h.RowsAsync(Snapshot), incremental);
    }

    [Fact]
    public async Task Derive_AfterLineRedeliveredInAnotherMonth_EqualsFullRebuild()
    {
        using var h = new LoadHarness();
        DropMasters(h);
        h.Drop("pos", "order_lines-2026-03-31.csv", Data.OrderLines(
            Data.Line("O1", 1, "2026-01-10T10:00:00Z", "C1"),
            Data.Line("O2", 1, "2026-03-05T10:00:00Z", "C1"),
            Data.Line("O3", 1, "2026-01-12T10:00:00Z", null)));
        await h.RunAsync();
        await DeriveAsync(h);
        Assert.Equal(["202601|C1|1"], await h.RowsAsync("SELECT YearMonthKey, CustomerId, Orders FROM fact.CustomerMonth WHERE YearMonthKey = 202601"));

        // O1 is re-delivered dated February: its January row is replaced, and nothing of the new batch is in January.
        h.Drop("pos", "order_lines-2026-04-01.csv", Data.OrderLines(Data.Line("O1", 1, "2026-02-10T10:00:00Z", "C1")));
        await h.RunAsync();
        var moved = await DeriveAsync(h);
        Assert.Equal(202601, moved.FromMonth);
        Assert.Equal(["20260110"], await h.RowsAsync("SELECT FirstReplacedDateKey FROM etl.Batch WHERE FileName = 'order_lines-2026-04-01.csv'"));
        Assert.Equal(["202601|C1|0"], await h.RowsAsync("SELECT YearMonthKey, CustomerId, Orders FROM fact.CustomerMonth WHERE YearMonthKey = 202601"));
        var incremental = await h.RowsAsync(Snapshot);
        await DeriveAsync(h, fullRebuild: true);
        Assert.Equal(await h.RowsAsync(Snapshot), incremental);

        // The anonymous January order is re-delivered in February too: January leaves the data range, and its rows go.
        h.Drop("pos", "order_lines-2026-04-02.csv", Data.OrderLines(Data.Line("O3", 1, "2026-02-12T10:00:00Z", null)));
        await h.RunAsync();
        await DeriveAsync(h);
        Assert.Equal(0, await h.CountAsync("SELECT COUNT(*) FROM fact.CustomerMonth WHERE YearMonthKey = 202601"));
        incremental = await h.RowsAsync(Snapshot);
        await DeriveAsync(h, fullRebuild: true);
        Assert.Equal(await h.RowsAsync(Snapshot), incremental);

        // A line re-delivered in its own month rebuilds from that month only.
        h.Drop("pos", "order_lines-2026-04-03.csv", Data.OrderLines(Data.Line("O2", 1, "2026-03-06T10:00:00Z", "C1")));
        await h.RunAsync();
        Assert.Equal(202603, (await DeriveAsync(h)).FromMonth);
        Assert.Null((await DeriveAsync(h)).FromMonth);
    }

    // Stores, products and customer C1 (signed up 2025-01-01).
    private static void DropMasters(LoadHarness h)
    {
        h.Drop("pos", "stores-2026-01-01.csv", Data.Stores);
        h.Drop("pos", "products-2026-01-01.csv", Data.Products);
        h.Drop("pos", "customers-2026-01-01.csv", Data.Customers(Data.Customer("C1", "Bronze", "London", "2026-01-01T00:00:00Z", "ann@example.com")));
    }

    private static Task<SnapshotResult> DeriveAsync(LoadHarness h, bool fullRebuild = false) =>
        TestDerivers.Create(h.Engine, Options, h.Time.GetUtcNow()).DeriveAsync(fullRebuild: fullRebuild);
}
