using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;
using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

/// <summary>
/// mart.CampaignPerformance on a hand-built June 2025 (default windows: last click within 7 days, else a person's open
/// within 1 day). Every expected figure is worked out from the rows in the remarks.
/// </summary>
/// <remarks>
/// KA sent 06-01, cost 50, to A, B, C, D: A clicks 06-01 10:00, B opens (person) 06-02 09:00, C's open is a machine open,
/// D clicks 06-01 12:00. KB sent 06-05, no cost, to A: A clicks 06-06 10:00. KC sent 06-10, cost 10, to E: E clicks 06-10 10:00.
/// Orders (P1 costs 4, P2 has no known cost):
///   O1 A 06-08 09:00 2 x 10 = 20, margin 12: clicks KA (7 days) and KB (2 days) in the window: the last, KB.
///   O2 B 06-03 10:00 1 x 30 = 30, margin 26: no click; B's open of KA a day before: KA.
///   O3 C 06-02 12:00 1 x 10: only a machine open: nobody.
///   O4 D 06-08 13:00 1 x 10 = 10, margin 6: D's KA click 7 days before (the window's last day): KA.
///   O5 D 06-09 09:00 1 x 10: the click is 8 days old: nobody.
///   O6 E 06-10 09:00 1 x 10: before E's click that day: nobody.
///   O7 E 06-11 a return (-1 x 10): returns earn nothing.
///   O8 E 06-12 P2 1 x 15 = 15, margin unknown: KC.
/// </remarks>
public sealed class CampaignPerformanceTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();
    private DuckDbWarehouse _engine = null!;

    public async Task InitializeAsync()
    {
        using var model = WarehouseModel.LoadEmbedded();
        _engine = new DuckDbWarehouse(_temp.File("campaigns.duckdb"));
        await _engine.EnsureSchemaAsync(model);
        await ExecuteAsync(_engine, Rows);
    }

    // Exactly one row per campaign.
    private async Task<Dictionary<string, object?>> CampaignAsync(string id) =>
        Assert.Single(await QueryAsync(_engine, $"SELECT * FROM mart.CampaignPerformance WHERE CampaignId = '{id}'"));

    [Fact]
    public async Task CampaignA_FunnelOpenAndClickWindowEdges_RoiFromMarginAndCost()
    {
        var a = await CampaignAsync("KA");
        Assert.Equal(202506, Num(a["YearMonthKey"]));
        Assert.Equal((4L, 4L, 1L, 2L), (Num(a["Sent"]), Num(a["Delivered"]), Num(a["UniqueOpens"]), Num(a["UniqueClicks"])));
        Assert.Equal((0.25m, 0.5m), (Dec(a["OpenRate"])!.Value, Dec(a["ClickRate"])!.Value));
        // O2 (open a day before) and O4 (click 7 days before); not O1 (A clicked KB later), O3 (machine open), O5 (8 days).
        Assert.Equal(2, Num(a["AttributedOrders"]));
        Assert.Equal((40m, 32m, 50m), (Dec(a["AttributedRevenue"])!.Value, Dec(a["AttributedMargin"])!.Value, Dec(a["Cost"])!.Value));
        Assert.Equal(10m, Dec(a["RevenuePerDelivered"]));
        Assert.Equal(-0.36m, Dec(a["Roi"]));
    }

    [Fact]
    public async Task CampaignB_LaterClickOfTheSameBuyerWins_NoCostNoRoi()
    {
        var b = await CampaignAsync("KB");
        Assert.Equal((1L, 20m, 12m), (Num(b["AttributedOrders"]), Dec(b["AttributedRevenue"])!.Value, Dec(b["AttributedMargin"])!.Value));
        Assert.Null(b["Cost"]);
        Assert.Null(b["Roi"]);
    }

    [Fact]
    public async Task CampaignC_OrderBeforeTheClickAndReturnsEarnNothing_UnknownMarginNoRoi()
    {
        var c = await CampaignAsync("KC");
        Assert.Equal((1L, 15m), (Num(c["AttributedOrders"]), Dec(c["AttributedRevenue"])!.Value));
        Assert.Null(c["AttributedMargin"]);
        Assert.Null(c["Roi"]);
    }

    [Fact]
    public async Task Windows_FromSettings_NarrowingTheClickWindowDropsTheEdgeOrder()
    {
        await ExecuteAsync(_engine, "INSERT INTO etl.Setting (SettingName, SettingValue, Description) VALUES ('AttributionClickWindowDays', 6, 'test'), ('AttributionOpenWindowDays', 0, 'test')");
        var a = await CampaignAsync("KA");
        // O4 (7 days) is now outside; O2's open was a day before the order, outside a 0-day open window; O1 still goes to KB.
        Assert.Equal(0, Num(a["AttributedOrders"]));
        Assert.Equal(0m, Dec(a["AttributedMargin"]));
        Assert.Equal(1, Num((await CampaignAsync("KB"))["AttributedOrders"]));
    }

    [Fact]
    public async Task EngagementFunnel_PurchaseStage_MessagesFollowedByAnOrderAttributedToTheirCampaign()
    {
        var rows = await QueryAsync(_engine, "SELECT EmailsDelivered, UniqueClickers, EmailBuyers, EmailPurchaseRate FROM mart.Engagement WHERE CutLevel = 'All' AND YearMonthKey = 202506");
        var june = Assert.Single(rows);
        // Delivered: KA 4, KB 1, KC 1. Bought: KA's B (O2, open) and D (O4, click on the window's last day), KB's A (O1: A clicked
        // KA too, the later click wins, so KA's message to A did not buy), KC's E (O8). C (machine open) and O5 (8 days) do not.
        Assert.Equal((6L, 4L, 4L), (Num(june["EmailsDelivered"]), Num(june["UniqueClickers"]), Num(june["EmailBuyers"])));
        Assert.Equal(0.6667m, Dec(june["EmailPurchaseRate"]));
        // One definition: the attributed orders behind it are the ones the campaigns earned.
        Assert.Equal(4L, Num(Assert.Single(await QueryAsync(_engine, "SELECT COUNT(*) AS N FROM mart.EmailAttribution"))["N"]));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    private const string Rows = """
        INSERT INTO dim.Store (StoreKey, StoreId, StoreName, Channel, Region) VALUES (1, 'S1', 'High Street', 'store', 'North');
        INSERT INTO dim.Product (ProductKey, Sku, ProductName, UnitCost, ListPrice) VALUES (1, 'P1', 'Widget', 4, 10), (2, 'P2', 'Gadget', NULL, 15);
        INSERT INTO dim.Customer (CustomerKey, CustomerId, Email, EmailNormalized, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent)
        VALUES (1, 'A', 'a@x.com', 'a@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (2, 'B', 'b@x.com', 'b@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (3, 'C', 'c@x.com', 'c@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (4, 'D', 'd@x.com', 'd@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (5, 'E', 'e@x.com', 'e@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true);
        INSERT INTO dim.Campaign (CampaignKey, CampaignId, CampaignName, SentAtUtc, SentDateKey, Cost)
        VALUES (1, 'KA', 'June sale', TIMESTAMP '2025-06-01 08:00:00', 20250601, 50),
               (2, 'KB', 'Reminder', TIMESTAMP '2025-06-05 08:00:00', 20250605, NULL),
               (3, 'KC', 'New range', TIMESTAMP '2025-06-10 08:00:00', 20250610, 10);
        INSERT INTO fact.EmailEvent (EventId, EventType, EventAtUtc, DateKey, CampaignKey, CustomerKey, BounceType, IsMachineOpen, BatchId, EmailNormalized)
        VALUES ('a1', 'processed', TIMESTAMP '2025-06-01 08:00:00', 20250601, 1, 1, NULL, false, 1, 'a@x.com'),
               ('a2', 'delivered', TIMESTAMP '2025-06-01 08:00:01', 20250601, 1, 1, NULL, false, 1, 'a@x.com'),
               ('a3', 'click', TIMESTAMP '2025-06-01 10:00:00', 20250601, 1, 1, NULL, false, 1, 'a@x.com'),
               ('b1', 'processed', TIMESTAMP '2025-06-01 08:00:00', 20250601, 1, 2, NULL, false, 1, 'b@x.com'),
               ('b2', 'delivered', TIMESTAMP '2025-06-01 08:00:01', 20250601, 1, 2, NULL, false, 1, 'b@x.com'),
               ('b3', 'open', TIMESTAMP '2025-06-02 09:00:00', 20250602, 1, 2, NULL, false, 1, 'b@x.com'),
               ('c1', 'processed', TIMESTAMP '2025-06-01 08:00:00', 20250601, 1, 3, NULL, false, 1, 'c@x.com'),
               ('c2', 'delivered', TIMESTAMP '2025-06-01 08:00:01', 20250601, 1, 3, NULL, false, 1, 'c@x.com'),
               ('c3', 'open', TIMESTAMP '2025-06-02 08:00:00', 20250602, 1, 3, NULL, true, 1, 'c@x.com'),
               ('d1', 'processed', TIMESTAMP '2025-06-01 08:00:00', 20250601, 1, 4, NULL, false, 1, 'd@x.com'),
               ('d2', 'delivered', TIMESTAMP '2025-06-01 08:00:01', 20250601, 1, 4, NULL, false, 1, 'd@x.com'),
               ('d3', 'click', TIMESTAMP '2025-06-01 12:00:00', 20250601, 1, 4, NULL, false, 1, 'd@x.com'),
               ('ab1', 'processed', TIMESTAMP '2025-06-05 08:00:00', 20250605, 2, 1, NULL, false, 1, 'a@x.com'),
               ('ab2', 'delivered', TIMESTAMP '2025-06-05 08:00:01', 20250605, 2, 1, NULL, false, 1, 'a@x.com'),
               ('ab3', 'click', TIMESTAMP '2025-06-06 10:00:00', 20250606, 2, 1, NULL, false, 1, 'a@x.com'),
               ('e1', 'processed', TIMESTAMP '2025-06-10 08:00:00', 20250610, 3, 5, NULL, false, 1, 'e@x.com'),
               ('e2', 'delivered', TIMESTAMP '2025-06-10 08:00:01', 20250610, 3, 5, NULL, false, 1, 'e@x.com'),
               ('e3', 'click', TIMESTAMP '2025-06-10 10:00:00', 20250610, 3, 5, NULL, false, 1, 'e@x.com');
        INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, DiscountAmount, TaxAmount, UnitCost, Currency, PointsEarned, PointsRedeemed, BatchId)
        VALUES ('O1', 1, TIMESTAMP '2025-06-08 09:00:00', 20250608, 1, 1, 1, 2, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('O2', 1, TIMESTAMP '2025-06-03 10:00:00', 20250603, 2, 1, 1, 1, 30, 0, 0, 4, 'GBP', 0, 0, 1),
               ('O3', 1, TIMESTAMP '2025-06-02 12:00:00', 20250602, 3, 1, 1, 1, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('O4', 1, TIMESTAMP '2025-06-08 13:00:00', 20250608, 4, 1, 1, 1, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('O5', 1, TIMESTAMP '2025-06-09 09:00:00', 20250609, 4, 1, 1, 1, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('O6', 1, TIMESTAMP '2025-06-10 09:00:00', 20250610, 5, 1, 1, 1, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('O7', 1, TIMESTAMP '2025-06-11 09:00:00', 20250611, 5, 1, 1, -1, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('O8', 1, TIMESTAMP '2025-06-12 09:00:00', 20250612, 5, 2, 1, 1, 15, 0, 0, NULL, 'GBP', 0, 0, 1);
        """;
}
