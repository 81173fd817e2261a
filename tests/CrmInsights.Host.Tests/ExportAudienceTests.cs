using System.Globalization;
using CrmInsights.Analytics.Snapshot;
using CrmInsights.Host.Cli;
using CrmInsights.Reports.Tests.Support;
using CrmInsights.Warehouse.Engine;
using Dapper;

namespace CrmInsights.Host.Tests;

/// <summary>
/// <c>export audience</c> as a CRM manager hands a list to the email tool, in-process on the mart fixture plus ten win-back
/// customers (202503), one per rule: only opted-in, reachable, never unsubscribed / hard-bounced / spam-reporting customers
/// are written, each once, and the verb says how many were left out and why.
/// </summary>
[Collection(nameof(SharedConsole))]
public sealed class ExportAudienceTests : IAsyncLifetime, IDisposable
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
    private readonly TestWorkspace _workspace = new(withWarehouse: false);

    public async Task InitializeAsync()
    {
        var engine = await MartWarehouse.CreateAsync(_workspace.Paths.WarehouseFile, DateTime.UtcNow, healthy: true);
        // W1 contactable; W2 opted out; W3 consent unknown; W4 no address; W5 unsubscribed; W6 hard bounce recorded on the
        // address only (no customer then); W7 soft bounce only (contactable); W8 spam report; W9 a formula as first name
        // (contactable, written as text); W10 opted in on an old version, opted out on the current one.
        string Customer(int n, string optIn, string? email, string first = "Pat", bool current = true, int? key = null) =>
            string.Create(CultureInfo.InvariantCulture, $"({key ?? 100 + n}, 'W{n}', {(email is null ? "NULL" : $"'{email}'")}, {(email is null ? "NULL" : $"'{email.ToLowerInvariant()}'")}, '{first.Replace("'", "''", StringComparison.Ordinal)}', 'Lee{n}', {optIn}, ")
            + (current ? "TIMESTAMP '2024-06-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true)" : "TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '2024-06-01 00:00:00', false)");
        var customers = string.Join(",\n", [
            Customer(1, "true", "W1@Example.com"), Customer(2, "false", "w2@example.com"), Customer(3, "NULL", "w3@example.com"),
            Customer(4, "true", null), Customer(5, "true", "w5@example.com"), Customer(6, "true", "w6@example.com"),
            Customer(7, "true", "w7@example.com"), Customer(8, "true", "w8@example.com"), Customer(9, "true", "w9@example.com", Formula),
            Customer(10, "true", "w10@example.com", current: false, key: 120), Customer(10, "false", "w10@example.com")]);
        static string Month(string id, int key, decimal clv, int recency) => string.Create(CultureInfo.InvariantCulture,
            $"(202503, '{id}', {key}, 20250331, 0, 0, 0, 0, 20240101, 20240901, 202401, {recency}, 2, 10, 1, 2, 2, 'Hibernating', false, false, true, {clv}, TIMESTAMP '2025-04-01 06:00:00', 1, 1)");
        var months = string.Join(",\n", [
            .. Enumerable.Range(1, 10).Select(n => Month($"W{n}", 100 + n, 100 + n, 200)),
            // Low-value recent buyers keep the month's median CLV below the W customers'.
            .. Enumerable.Range(1, 12).Select(n => Month($"F{n}", 200 + n, 1, 10))]);
        var fillers = string.Join(",\n", Enumerable.Range(1, 12).Select(n => string.Create(CultureInfo.InvariantCulture,
            $"({200 + n}, 'F{n}', NULL, NULL, 'F', 'F', true, TIMESTAMP '2024-06-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true)")));
        await MartWarehouse.ExecuteAsync(engine, $"""
            INSERT INTO dim.Customer (CustomerKey, CustomerId, Email, EmailNormalized, FirstName, LastName, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent)
            VALUES {customers},
            {fillers};
            INSERT INTO fact.CustomerMonth (YearMonthKey, CustomerId, CustomerKey, MonthEndDateKey, Orders, Units, Revenue, Margin, FirstPurchaseDateKey, LastPurchaseDateKey,
                CohortYearMonthKey, RecencyDays, Frequency, MonetaryValue, RScore, FScore, MScore, RfmSegment, IsActive, IsNew, IsLapsed, HistoricalClv, SnapshotAtUtc,
                FirstPurchaseStoreKey, LastPurchaseStoreKey)
            VALUES {months};
            INSERT INTO fact.EmailEvent (EventId, EventType, EventAtUtc, DateKey, CampaignKey, CustomerKey, BounceType, IsMachineOpen, BatchId, EmailNormalized)
            VALUES ('A5', 'unsubscribe', TIMESTAMP '2025-03-02 08:00:00', 20250302, 1, 105, NULL, false, 1, 'w5@example.com'),
                   ('A6', 'bounce', TIMESTAMP '2025-03-02 08:00:00', 20250302, 1, -1, 'hard', false, 1, 'w6@example.com'),
                   ('A7', 'bounce', TIMESTAMP '2025-03-02 08:00:00', 20250302, 1, 107, 'soft', false, 1, 'w7@example.com'),
                   ('A8', 'spamreport', TIMESTAMP '2025-03-02 08:00:00', 20250302, 1, 108, NULL, false, 1, 'w8@example.com'),
                   ('A1', 'click', TIMESTAMP '2025-03-02 08:00:00', 20250302, 1, 101, NULL, false, 1, 'w1@example.com');
            INSERT INTO dim.Product (ProductKey, Sku, ProductName, UnitCost, ListPrice) VALUES (8, 'P8', 'Mug', 2, 5), (9, 'P9', '@Tea', 1, 3);
            INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, DiscountAmount, TaxAmount, UnitCost, Currency, PointsEarned, PointsRedeemed, BatchId)
            VALUES {NextBestOfferLines()};
            """);
        // The snapshot here is written by hand, not derived: March's offers are materialised by the derive's own offer step.
        await using var connection = await engine.OpenConnectionAsync();
        await connection.ExecuteAsync(EngineCommand.Define(WarehouseEngineKind.DuckDb, NextBestOfferSql.WriteOffers, null, default,
            ("offerFrom", 202503), ("toMonth", 202503), ("now", DateTime.UtcNow)));
    }

    // Ten anonymous baskets of a mug and tea (at the default minimum of 10 orders together), and each W customer buys a
    // mug alone in March (W10 on its current version): each W customer's next best offer that month is the tea.
    private static string NextBestOfferLines() => string.Join(",\n", Enumerable.Range(1, 10).SelectMany(n => new[]
    {
        string.Create(CultureInfo.InvariantCulture, $"('NA{n}', 1, TIMESTAMP '2025-03-10 10:00:00', 20250310, -1, 8, 1, 1, 5, 0, 0, 2, 'GBP', 0, 0, 1)"),
        string.Create(CultureInfo.InvariantCulture, $"('NA{n}', 2, TIMESTAMP '2025-03-10 10:00:00', 20250310, -1, 9, 1, 1, 3, 0, 0, 1, 'GBP', 0, 0, 1)"),
        string.Create(CultureInfo.InvariantCulture, $"('NW{n}', 1, TIMESTAMP '2025-03-11 10:00:00', 20250311, {100 + n}, 8, 1, 1, 5, 0, 0, 2, 'GBP', 0, 0, 1)"),
    }));

    private Task<int> RunAsync(params string[] verb) =>
        CrmInsightsCli.Create().Parse([.. verb, "--workspace", _workspace.Paths.Root]).InvokeAsync();

    [Fact]
    public async Task Audience_WinBack_OnlyContactableCustomers_OnceEach_CountsTheRest()
    {
        var path = Path.Combine(_workspace.Paths.Root, "wb.csv");
        using var console = new StringWriter(CultureInfo.InvariantCulture);
        var previous = Console.Out;
        Console.SetOut(console);
        try
        {
            Assert.Equal(ExitCodes.Success, await RunAsync("export", "audience", "--list", "win-back", "--period", "2025-03", "--output", path));
        }
        finally
        {
            Console.SetOut(previous);
        }

        Assert.Equal(
            ["customer_id,email,first_name,last_name", "W1,W1@Example.com,Pat,Lee1", "W7,w7@example.com,Pat,Lee7",
             "W9,w9@example.com,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Lee9"],
            File.ReadAllLines(path));
        Assert.Contains("win-back 2025-03: 10 on the list, 3 exported", console.ToString(), StringComparison.Ordinal);
        Assert.Contains("left out: 3 not opted in (or consent unknown), 1 without an email address, 3 unsubscribed, hard-bounced or reported spam",
            console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audience_NextBestOffers_SameConsentAndSuppression()
    {
        var path = Path.Combine(_workspace.Paths.Root, "nbo.csv");
        using var console = new StringWriter(CultureInfo.InvariantCulture);
        var previous = Console.Out;
        Console.SetOut(console);
        try
        {
            Assert.Equal(ExitCodes.Success, await RunAsync("export", "audience", "--list", "next-best-offers", "--period", "2025-03", "--output", path));
        }
        finally
        {
            Console.SetOut(previous);
        }

        // The ten W customers are offered the tea (its name made a formula: defused like the other text) because of the
        // mug; only W1, W7 and W9 may be contacted, as on the win-back list. No second or third offer: empty.
        Assert.Equal(
            ["customer_id,email,first_name,last_name,offer_1_sku,offer_1_name,offer_2_sku,offer_2_name,offer_3_sku,offer_3_name,offer_because",
             "W1,W1@Example.com,Pat,Lee1,P9,\"'@Tea\",,,,,Mug", "W7,w7@example.com,Pat,Lee7,P9,\"'@Tea\",,,,,Mug",
             "W9,w9@example.com,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Lee9,P9,\"'@Tea\",,,,,Mug"],
            File.ReadAllLines(path));
        Assert.Contains("next-best-offers 2025-03: 10 on the list, 3 exported", console.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mailchimp", "Email Address,First Name,Last Name", "W1@Example.com,Pat,Lee1")]
    [InlineData("sendgrid", "email,first_name,last_name,external_id", "W1@Example.com,Pat,Lee1,W1")]
    public async Task Audience_Presets_WriteTheColumnsTheToolImports(string preset, string header, string first)
    {
        Assert.Equal(ExitCodes.Success, await RunAsync("export", "audience", "--list", "win-back", "--period", "2025-03", "--preset", preset));
        var lines = File.ReadAllLines(Path.Combine(_workspace.Paths.Out, "audiences", $"win-back-2025-03-{preset}.csv"));
        Assert.Equal(header, lines[0]);
        Assert.Equal(first, lines[1]);
        Assert.Equal(4, lines.Length);
    }

    [Theory]
    [InlineData("mailchimp", "Email Address,First Name,Last Name,OFFER1SKU,OFFER1NAME,OFFER2SKU,OFFER2NAME,OFFER3SKU,OFFER3NAME,OFFERWHY", "W1@Example.com,Pat,Lee1,P9,\"'@Tea\",,,,,Mug")]
    [InlineData("sendgrid", "email,first_name,last_name,external_id,offer_1_sku,offer_1_name,offer_2_sku,offer_2_name,offer_3_sku,offer_3_name,offer_because", "W1@Example.com,Pat,Lee1,W1,P9,\"'@Tea\",,,,,Mug")]
    public async Task Audience_NextBestOffersPresets_MapTheOffersToMergeFields(string preset, string header, string first)
    {
        Assert.Equal(ExitCodes.Success, await RunAsync("export", "audience", "--list", "next-best-offers", "--period", "2025-03", "--preset", preset));
        var lines = File.ReadAllLines(Path.Combine(_workspace.Paths.Out, "audiences", $"next-best-offers-2025-03-{preset}.csv"));
        Assert.Equal([header, first], lines[..2]);
    }

    [Theory]
    [InlineData("no-such-list", "2025-03")]
    [InlineData("win-back", "March")]
    [InlineData("win-back", "2019-01")]
    public async Task Audience_UnknownListBadOrUnderivedMonth_ExitsInput(string list, string period) =>
        Assert.Equal(ExitCodes.Input, await RunAsync("export", "audience", "--list", list, "--period", period));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _workspace.Dispose();
}
