using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;
using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

/// <summary>
/// mart.CampaignUplift on a hand-built June 2025 (default click window: 7 days). Every expected figure is worked out from
/// the rows in the remarks.
/// </summary>
/// <remarks>
/// KU sent 06-01 08:00, cost 50. Treatment A, B, C, D; control E, F, H; ghost@x.com (no customer) and G under two addresses,
/// one in each group: the 3 rows left out. KN sent 06-05 08:00, no cost, treatment A only: an empty holdout.
/// Orders: A 06-08 20:00 20 (day 7 of KU's window, day 3 of KN's: converts for both, the holdout comparison is not
/// exclusive); B 06-09 09:00 30 (day 8: outside); C 06-01 07:00 10 (before the send instant: outside), 06-03 10 and 06-04
/// 10 (one conversion, revenue 20); D nothing; E a return 06-05 (returns are not purchases); F 06-02 10; H nothing.
/// Treatment: n 4, converted 2 (A, C), p 0.5, revenue 20, 0, 20, 0: mean 10, variance (800 - 40^2/4)/3 = 133.33.
/// Control: n 3, converted 1 (F), p 1/3, revenue 0, 10, 0: mean 3.3333, variance (100 - 10^2/3)/2 = 33.33.
/// Uplift 0.5 - 1/3 = 0.166667. Wilson (z 1.96): treatment centre (0.5 + 3.8416/8) / (1 + 3.8416/4) = 0.5, half
/// 1.96 sqrt(0.25/4 + 3.8416/64) / 1.9604 = 0.349964 → [0.150036, 0.849964]; control centre (1/3 + 0.640267) / 2.280533
/// = 0.426918, half 0.365427 → [0.061490, 0.792345]. Newcombe: 0.166667 - sqrt(0.349964^2 + (0.792345 - 1/3)^2) = -0.410539,
/// 0.166667 + sqrt(0.349964^2 + (1/3 - 0.061490)^2) = 0.609807. Revenue per member 10 - 3.3333 = 6.6667, Welch se
/// sqrt(133.33/4 + 33.33/3) = 6.6667 → 6.6667 -/+ 13.0667 = [-6.4, 19.7333]; incremental revenue 6.6667 x 4 = 26.6667.
/// </remarks>
public sealed class CampaignUpliftTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();
    private DuckDbWarehouse _engine = null!;

    public async Task InitializeAsync()
    {
        using var model = WarehouseModel.LoadEmbedded();
        _engine = new DuckDbWarehouse(_temp.File("uplift.duckdb"));
        await _engine.EnsureSchemaAsync(model);
        await ExecuteAsync(_engine, Rows);
    }

    // Exactly one row per campaign.
    private async Task<Dictionary<string, object?>> CampaignAsync(string id) =>
        Assert.Single(await QueryAsync(_engine, $"SELECT * FROM mart.CampaignUplift WHERE CampaignId = '{id}'"));

    [Fact]
    public async Task Holdout_WindowEdgesAndLeftOutMembers_UpliftWithNewcombeAndWelchIntervals()
    {
        var u = await CampaignAsync("KU");
        Assert.Equal(202506, Num(u["YearMonthKey"]));
        Assert.Equal((4L, 3L, 2L, 1L, 3L), (Num(u["TreatmentMembers"]), Num(u["ControlMembers"]), Num(u["TreatmentConverted"]), Num(u["ControlConverted"]), Num(u["MembersLeftOut"])));
        Assert.Equal((0.5m, 0.333333m, 0.166667m), (Dec(u["TreatmentConversionRate"])!.Value, Dec(u["ControlConversionRate"])!.Value, Dec(u["ConversionUplift"])!.Value));
        Assert.Equal((-0.410539m, 0.609807m), (Dec(u["ConversionUpliftLow"])!.Value, Dec(u["ConversionUpliftHigh"])!.Value));
        Assert.Equal((10m, 3.3333m, 6.6667m), (Dec(u["TreatmentRevenuePerMember"])!.Value, Dec(u["ControlRevenuePerMember"])!.Value, Dec(u["RevenueUpliftPerMember"])!.Value));
        Assert.Equal((-6.4m, 19.7333m, 26.6667m), (Dec(u["RevenueUpliftLow"])!.Value, Dec(u["RevenueUpliftHigh"])!.Value, Dec(u["IncrementalRevenue"])!.Value));
        // 2 and 1 converters: below 5 in each group, the interval is marked.
        Assert.Equal(1, Num(u["IsSmallSample"]));
    }

    [Fact]
    public async Task EmptyHoldout_NullUpliftNeverZero()
    {
        var n = await CampaignAsync("KN");
        Assert.Equal((1L, 0L, 1L), (Num(n["TreatmentMembers"]), Num(n["ControlMembers"]), Num(n["TreatmentConverted"])));
        Assert.Equal(1m, Dec(n["TreatmentConversionRate"]));
        foreach (var column in new[] { "ControlConversionRate", "ConversionUplift", "ConversionUpliftLow", "ConversionUpliftHigh", "ControlRevenuePerMember", "RevenueUpliftPerMember", "RevenueUpliftLow", "RevenueUpliftHigh", "IncrementalRevenue" })
        {
            Assert.True(n[column] is null, column);
        }

        Assert.Equal(1, Num(n["IsSmallSample"]));
    }

    [Fact]
    public async Task Window_FromSettings_NarrowingTheClickWindowDropsTheEdgeOrder()
    {
        await ExecuteAsync(_engine, "INSERT INTO etl.Setting (SettingName, SettingValue, Description) VALUES ('AttributionClickWindowDays', 6, 'test')");
        // A's order on day 7 is now outside KU's window (still day 3 of KN's).
        Assert.Equal(1, Num((await CampaignAsync("KU"))["TreatmentConverted"]));
        Assert.Equal(1, Num((await CampaignAsync("KN"))["TreatmentConverted"]));
    }

    [Fact]
    public async Task CampaignWithoutAudience_IsNotListed()
    {
        await using var connection = await _engine.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM mart.CampaignUplift";
        Assert.Equal(2L, Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    private const string Rows = """
        INSERT INTO dim.Store (StoreKey, StoreId, StoreName, Channel, Region) VALUES (1, 'S1', 'High Street', 'store', 'North');
        INSERT INTO dim.Product (ProductKey, Sku, ProductName, UnitCost, ListPrice) VALUES (1, 'P1', 'Widget', 4, 10);
        INSERT INTO dim.Customer (CustomerKey, CustomerId, Email, EmailNormalized, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent)
        VALUES (1, 'A', 'a@x.com', 'a@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (2, 'B', 'b@x.com', 'b@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (3, 'C', 'c@x.com', 'c@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (4, 'D', 'd@x.com', 'd@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (5, 'E', 'e@x.com', 'e@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (6, 'F', 'f@x.com', 'f@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (7, 'G', 'g@x.com', 'g@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (8, 'H', 'h@x.com', 'h@x.com', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true);
        INSERT INTO dim.Campaign (CampaignKey, CampaignId, CampaignName, SentAtUtc, SentDateKey, Cost)
        VALUES (1, 'KU', 'June sale', TIMESTAMP '2025-06-01 08:00:00', 20250601, 50),
               (2, 'KN', 'Reminder', TIMESTAMP '2025-06-05 08:00:00', 20250605, NULL),
               (3, 'KX', 'No audience file', TIMESTAMP '2025-06-05 08:00:00', 20250605, NULL);
        INSERT INTO fact.CampaignAudience (CampaignKey, EmailNormalized, CustomerKey, AudienceGroup, BatchId)
        VALUES (1, 'a@x.com', 1, 'treatment', 1), (1, 'b@x.com', 2, 'treatment', 1), (1, 'c@x.com', 3, 'treatment', 1), (1, 'd@x.com', 4, 'treatment', 1),
               (1, 'e@x.com', 5, 'control', 1), (1, 'f@x.com', 6, 'control', 1), (1, 'h@x.com', 8, 'control', 1),
               (1, 'ghost@x.com', -1, 'control', 1), (1, 'g@x.com', 7, 'treatment', 1), (1, 'g.work@x.com', 7, 'control', 1),
               (2, 'a@x.com', 1, 'treatment', 1);
        INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, DiscountAmount, TaxAmount, UnitCost, Currency, PointsEarned, PointsRedeemed, BatchId)
        VALUES ('OA', 1, TIMESTAMP '2025-06-08 20:00:00', 20250608, 1, 1, 1, 2, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('OB', 1, TIMESTAMP '2025-06-09 09:00:00', 20250609, 2, 1, 1, 3, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('OC0', 1, TIMESTAMP '2025-06-01 07:00:00', 20250601, 3, 1, 1, 1, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('OC1', 1, TIMESTAMP '2025-06-03 10:00:00', 20250603, 3, 1, 1, 1, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('OC2', 1, TIMESTAMP '2025-06-04 10:00:00', 20250604, 3, 1, 1, 1, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('OE', 1, TIMESTAMP '2025-06-05 10:00:00', 20250605, 5, 1, 1, -1, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('OF', 1, TIMESTAMP '2025-06-02 12:00:00', 20250602, 6, 1, 1, 1, 10, 0, 0, 4, 'GBP', 0, 0, 1);
        """;
}
