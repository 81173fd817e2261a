using CrmInsights.Analytics.Snapshot;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;
using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

/// <summary>
/// Its own small warehouse for the loyalty points views (mart.LoyaltyMemberMonth, mart.LoyaltyPoints,
/// mart.ActionRewardNextPurchase), derived with RewardEveryNthPurchase = 3, RewardPointsThreshold = 100 and
/// PointValue = 0.05. Every expected value is worked out by hand from the rows below.
/// </summary>
/// <remarks>
/// Stores S1 (North), S2 (South); product P1 costs 4. Members M1-M6 (loyalty ids L1-L6), N1 has no loyalty id.
/// Orders (qty x price, points earned / redeemed):
///   Jan: O1 M1 S1 1x10 +10; O2 M2 S1 1x10 +10; O3 M3 S2 1x20 +50; O4 M4 S2 1x20 +49; O5 M5 S2 1x20 +120;
///        O6 M6 S1 1x30 +30; O7 N1 S1 1x10 +40; O8 anonymous S1 1x50.
///   Feb: O9 M1 S2 1x10 +10; O10 M2 S1 -1x10 earned -10 (return only, points clawed back); O11 M6 S1 1x30 +10 / -60;
///        O12 N1 S1 1x10.
///   Mar: O13 M1 S1 1x10 +10; O14 M6 S2 1x20 +15.
/// </remarks>
public sealed class LoyaltyPointsFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();

    public DuckDbWarehouse Engine { get; private set; } = null!;

    public static SnapshotOptions Options => new() { LapseDays = 30, RewardEveryNthPurchase = 3, RewardPointsThreshold = 100, PointValue = 0.05m };

    public async Task InitializeAsync()
    {
        using var model = WarehouseModel.LoadEmbedded();
        Engine = new DuckDbWarehouse(_temp.File("loyalty.duckdb"));
        await Engine.EnsureSchemaAsync(model);
        await ExecuteAsync(Engine, Rows);
        await CreateDeriver(Engine, Options).DeriveAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    private const string Rows = """
        INSERT INTO dim.Store (StoreKey, StoreId, StoreName, Channel, Region) VALUES (1, 'S1', 'High Street', 'store', 'North'), (2, 'S2', 'Mall', 'store', 'South');
        INSERT INTO dim.Product (ProductKey, Sku, ProductName, UnitCost, ListPrice) VALUES (1, 'P1', 'Widget', 4, 10);
        INSERT INTO dim.Customer (CustomerKey, CustomerId, LoyaltyId, Email, FirstName, LastName, Phone, MarketingOptIn, ValidFromUtc, ValidToUtc, IsCurrent)
        VALUES (1, 'M1', 'L1', 'm1@example.com', 'Mia', 'One', '0101', true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (2, 'M2', 'L2', 'm2@example.com', 'Max', 'Two', NULL, true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (3, 'M3', 'L3', 'm3@example.com', 'Meg', 'Three', NULL, false, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (4, 'M4', 'L4', 'm4@example.com', 'Mo', 'Four', NULL, true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (5, 'M5', 'L5', 'm5@example.com', 'Mel', 'Five', NULL, true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (6, 'M6', 'L6', 'm6@example.com', 'Moe', 'Six', NULL, true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (7, 'N1', NULL, 'n1@example.com', 'Ned', 'None', NULL, true, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true);
        INSERT INTO fact.SalesLine (OrderId, LineNumber, OrderedAtUtc, DateKey, CustomerKey, ProductKey, StoreKey, Quantity, UnitPrice, DiscountAmount, TaxAmount, UnitCost, Currency, PointsEarned, PointsRedeemed, BatchId)
        VALUES ('O1', 1, TIMESTAMP '2025-01-05 10:00:00', 20250105, 1, 1, 1, 1, 10, 0, 0, 4, 'GBP', 10, 0, 1),
               ('O2', 1, TIMESTAMP '2025-01-06 10:00:00', 20250106, 2, 1, 1, 1, 10, 0, 0, 4, 'GBP', 10, 0, 1),
               ('O3', 1, TIMESTAMP '2025-01-07 10:00:00', 20250107, 3, 1, 2, 1, 20, 0, 0, 4, 'GBP', 50, 0, 1),
               ('O4', 1, TIMESTAMP '2025-01-08 10:00:00', 20250108, 4, 1, 2, 1, 20, 0, 0, 4, 'GBP', 49, 0, 1),
               ('O5', 1, TIMESTAMP '2025-01-09 10:00:00', 20250109, 5, 1, 2, 1, 20, 0, 0, 4, 'GBP', 120, 0, 1),
               ('O6', 1, TIMESTAMP '2025-01-10 10:00:00', 20250110, 6, 1, 1, 1, 30, 0, 0, 4, 'GBP', 30, 0, 1),
               ('O7', 1, TIMESTAMP '2025-01-11 10:00:00', 20250111, 7, 1, 1, 1, 10, 0, 0, 4, 'GBP', 40, 0, 1),
               ('O8', 1, TIMESTAMP '2025-01-12 10:00:00', 20250112, -1, 1, 1, 1, 50, 0, 0, 4, 'GBP', 0, 0, 1),
               ('O9', 1, TIMESTAMP '2025-02-03 10:00:00', 20250203, 1, 1, 2, 1, 10, 0, 0, 4, 'GBP', 10, 0, 1),
               ('O10', 1, TIMESTAMP '2025-02-04 10:00:00', 20250204, 2, 1, 1, -1, 10, 0, 0, 4, 'GBP', -10, 0, 1),
               ('O11', 1, TIMESTAMP '2025-02-05 10:00:00', 20250205, 6, 1, 1, 1, 30, 0, 0, 4, 'GBP', 10, 60, 1),
               ('O12', 1, TIMESTAMP '2025-02-06 10:00:00', 20250206, 7, 1, 1, 1, 10, 0, 0, 4, 'GBP', 0, 0, 1),
               ('O13', 1, TIMESTAMP '2025-03-03 10:00:00', 20250303, 1, 1, 1, 1, 10, 0, 0, 4, 'GBP', 10, 0, 1),
               ('O14', 1, TIMESTAMP '2025-03-04 10:00:00', 20250304, 6, 1, 2, 1, 20, 0, 0, 4, 'GBP', 15, 0, 1);
        """;
}

public sealed class LoyaltyPointsTests(LoyaltyPointsFixture fixture) : IClassFixture<LoyaltyPointsFixture>
{
    private Task<List<Dictionary<string, object?>>> QueryAsync(string sql) => MartFixture.QueryAsync(fixture.Engine, sql);

    private async Task<Dictionary<string, object?>> SingleAsync(string sql) => Assert.Single(await QueryAsync(sql));

    private async Task<List<string>> ListedAsync(int month) =>
        [.. (await QueryAsync($"SELECT CustomerId FROM mart.ActionRewardNextPurchase WHERE YearMonthKey = {month}")).Select(r => (string)r["CustomerId"]!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task ActionRewardNextPurchase_NMinusOnePurchasesListed_NMinusTwoNot()
    {
        // N = 3. January: M1 has 1 purchase (N - 2), not listed. February: M1 and M6 have 2 (N - 1), listed; M3 by points
        // (below). March: M1 and M6 reach 3, their reward, and drop off; purchases since it = 0.
        Assert.Equal(["M3"], await ListedAsync(202501));
        Assert.Equal(["M1", "M3", "M6"], await ListedAsync(202502));
        Assert.Equal(["M3"], await ListedAsync(202503));

        var m1 = await SingleAsync("SELECT * FROM mart.ActionRewardNextPurchase WHERE YearMonthKey = 202502 AND CustomerId = 'M1'");
        Assert.Equal(("Purchases", 2L, 2L, 1L), ((string)m1["RewardRule"]!, Num(m1["PurchasesToDate"]), Num(m1["PurchasesSinceReward"]), Num(m1["PurchasesNeeded"])));
        Assert.Equal(("Mia", "One", "m1@example.com", "0101", "L1"), (m1["FirstName"], m1["LastName"], m1["Email"], m1["Phone"], m1["LoyaltyId"]));
        Assert.Equal(20250203, Num(m1["LastPurchaseDateKey"]));
        Assert.Equal(20250228, Num(m1["AsOfDateKey"]));
        // Balance 20 < 100: 80 needed, more than the 10 a purchase earns on average, so not also by points.
        Assert.Equal((20L, 80L, 10m), (Num(m1["PointsBalance"]), Num(m1["PointsNeeded"]), Dec(m1["PointsPerPurchase"])));
    }

    [Fact]
    public async Task ActionRewardNextPurchase_PointsThreshold_ListedWhenOneAveragePurchaseReachesIt()
    {
        // M3: balance 50 after one purchase earning 50: 100 - 50 = 50 needed = 50 per purchase (the edge, listed).
        // M4: 49 after one purchase: 51 needed > 49, not listed. M5: 120 >= 100 already has its reward, not listed.
        var m3 = await SingleAsync("SELECT * FROM mart.ActionRewardNextPurchase WHERE YearMonthKey = 202501 AND CustomerId = 'M3'");
        Assert.Equal(("Points", 50L, 50L, 50m), ((string)m3["RewardRule"]!, Num(m3["PointsBalance"]), Num(m3["PointsNeeded"]), Dec(m3["PointsPerPurchase"])));
        Assert.Equal((1L, 2L), (Num(m3["PurchasesSinceReward"]), Num(m3["PurchasesNeeded"])));

        var members = await QueryAsync("SELECT CustomerId, PointsBalance FROM mart.LoyaltyMemberMonth WHERE YearMonthKey = 202501 AND CustomerId IN ('M4', 'M5') ORDER BY CustomerId");
        Assert.Equal([49L, 120L], members.Select(r => Num(r["PointsBalance"])));
        Assert.DoesNotContain("M4", await ListedAsync(202501));
        Assert.DoesNotContain("M5", await ListedAsync(202501));
    }

    [Fact]
    public async Task ReturnOnlyOrder_IsNoPurchase_ItsClawbackLowersTheBalance()
    {
        // M2: one purchase (+10) then a return-only order clawing back 10. Still 1 purchase (N - 2): not listed in February
        // (had the return counted it would be 2, N - 1). Balance 0; earned to date 0.
        var m2 = await SingleAsync("SELECT * FROM mart.LoyaltyMemberMonth WHERE YearMonthKey = 202502 AND CustomerId = 'M2'");
        Assert.Equal((1L, -10L, 0L, 0L, 0L), (Num(m2["PurchasesToDate"]), Num(m2["PointsEarned"]), Num(m2["PointsEarnedToDate"]), Num(m2["PointsBalance"]), Num(m2["PointsRedeemedBeyondEarned"])));
        Assert.DoesNotContain("M2", await ListedAsync(202502));
    }

    [Fact]
    public async Task MemberWhoRedeemedMoreThanEarned_BalanceNeverNegative_LaterPointsNotCancelled()
    {
        // M6: +30 in January; +10 and -60 in February: earned - redeemed to date = -20. The 20 beyond what the data shows
        // earned are taken as earned before the data: balance 0 (not -20), 20 beyond. March +15: balance 15 (not max(0, -5)).
        var rows = await QueryAsync("SELECT YearMonthKey, PointsBalance, PointsRedeemedBeyondEarned, PointsEarnedToDate FROM mart.LoyaltyMemberMonth WHERE CustomerId = 'M6' ORDER BY YearMonthKey");
        Assert.Equal([(202501L, 30L, 0L, 30L), (202502L, 0L, 20L, 40L), (202503L, 15L, 20L, 55L)],
            rows.Select(r => (Num(r["YearMonthKey"]), Num(r["PointsBalance"]), Num(r["PointsRedeemedBeyondEarned"]), Num(r["PointsEarnedToDate"]))));
    }

    [Fact]
    public async Task LoyaltyPoints_All_LiabilityIsOutstandingTimesPointValue_BesideNetRevenue()
    {
        var rows = await QueryAsync("SELECT * FROM mart.LoyaltyPoints WHERE CutLevel = 'All' ORDER BY YearMonthKey");

        // Members only (N1's 40 points are not a member's). January: 10+10+50+49+120+30 = 269 earned, all outstanding,
        // x 0.05 = 13.45; revenue of every order 10+10+20+20+20+30+10+50 = 170 (N1's and the anonymous one too).
        // February: earned 10 - 10 + 10 = 10, redeemed 60; balances M1 20, M2 0, M3 50, M4 49, M5 120, M6 0 = 239 (the naive
        // 269 + 10 - 60 = 219 would let M6's 20 beyond cancel others' points), x 0.05 = 11.95; revenue 10 - 10 + 30 + 10 = 40.
        // March: +25; 30 + 0 + 50 + 49 + 120 + 15 = 264, x 0.05 = 13.20; revenue 30.
        Assert.Equal(
            [(202501L, 6L, 269L, 0L, 269L, 0L, 13.45m, 170m), (202502L, 6L, 10L, 60L, 239L, 20L, 11.95m, 40m), (202503L, 6L, 25L, 0L, 264L, 20L, 13.20m, 30m)],
            rows.Select(r => (Num(r["YearMonthKey"]), Num(r["Members"]), Num(r["PointsEarned"]), Num(r["PointsRedeemed"]), Num(r["PointsOutstanding"]),
                Num(r["PointsRedeemedBeyondEarned"]), Dec(r["PointsLiability"])!.Value, Dec(r["NetRevenue"])!.Value)));
        Assert.All(rows, r => Assert.Equal(0.05m, Dec(r["PointValue"])));
        Assert.Equal(6m, Dec(rows[1]["RedemptionRate"]));
    }

    [Fact]
    public async Task LoyaltyPoints_StoreAndRegion_PointsByHomeStore_RevenueByOrderStore()
    {
        // February home stores (latest purchase): M1 S2 (O9), M2 S1 (its return is no purchase), M3-M5 S2, M6 S1 (O11).
        // Points S1 = 0 + 0, S2 = 20 + 50 + 49 + 120 = 239. Revenue by order store: S1 -10 + 30 + 10 = 30, S2 10.
        var store = await SingleAsync("SELECT * FROM mart.LoyaltyPoints WHERE CutLevel = 'Store' AND StoreId = 'S2' AND YearMonthKey = 202502");
        Assert.Equal((4L, 239L, 11.95m, 10m, "All"), (Num(store["Members"]), Num(store["PointsOutstanding"]), Dec(store["PointsLiability"])!.Value, Dec(store["NetRevenue"])!.Value, store["Region"]));
        var north = await SingleAsync("SELECT * FROM mart.LoyaltyPoints WHERE CutLevel = 'Region' AND Region = 'North' AND YearMonthKey = 202502");
        Assert.Equal((2L, 0L, 20L, 30m), (Num(north["Members"]), Num(north["PointsOutstanding"]), Num(north["PointsRedeemedBeyondEarned"]), Dec(north["NetRevenue"])!.Value));
        Assert.Empty(await QueryAsync("SELECT * FROM mart.LoyaltyPoints WHERE CutLevel NOT IN ('All', 'Store', 'Region')"));
    }

    [Fact]
    public async Task ActionRewardNextPurchase_RulesOff_AndDefaultsWhenTheSettingsAreMissing()
    {
        // Inside a transaction rolled back, so the class's warehouse keeps its settings.
        await using var connection = await fixture.Engine.OpenConnectionAsync();
        async Task<List<string>> Run(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var values = new List<string>();
            while (await reader.ReadAsync())
            {
                values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
            }
            return values;
        }

        await Run("BEGIN TRANSACTION");
        // Nth-purchase rule off: February keeps only M3 (by points).
        await Run("UPDATE etl.Setting SET SettingValue = 0 WHERE SettingName = 'RewardEveryNthPurchase'");
        Assert.Equal(["M3"], await Run("SELECT CustomerId FROM mart.ActionRewardNextPurchase WHERE YearMonthKey = 202502 ORDER BY CustomerId"));
        // Both off: nobody.
        await Run("UPDATE etl.Setting SET SettingValue = 0 WHERE SettingName = 'RewardPointsThreshold'");
        Assert.Empty(await Run("SELECT CustomerId FROM mart.ActionRewardNextPurchase"));
        // A warehouse that predates the settings: every 10th purchase, threshold off, 0.01 a point (January 269 x 0.01).
        await Run("DELETE FROM etl.Setting WHERE SettingName IN ('RewardEveryNthPurchase', 'RewardPointsThreshold', 'PointValue')");
        Assert.Equal(["10|0|0.0100"], await Run("SELECT CAST(RewardEveryNthPurchase AS varchar) || '|' || CAST(RewardPointsThreshold AS varchar) || '|' || CAST(PointValue AS varchar) FROM mart.Config"));
        Assert.Equal(["2.6900"], await Run("SELECT CAST(PointsLiability AS varchar) FROM mart.LoyaltyPoints WHERE CutLevel = 'All' AND YearMonthKey = 202501"));
        await Run("ROLLBACK");
        Assert.Equal(["M1", "M3", "M6"], await ListedAsync(202502));
    }

    [Fact]
    public void SnapshotOptions_RewardAndPointSettings_ValidatedWithTheirKeys()
    {
        Assert.Empty(new SnapshotOptions().Validate());
        Assert.Empty(new SnapshotOptions { RewardEveryNthPurchase = 0, RewardPointsThreshold = 500, PointValue = 0.0125m }.Validate());
        Assert.Contains(new SnapshotOptions { RewardEveryNthPurchase = 1 }.Validate(), f => f.StartsWith("Snapshot:RewardEveryNthPurchase must be 0 (rule off) or between 2 and 1000, was 1", StringComparison.Ordinal));
        Assert.Contains(new SnapshotOptions { PointValue = 0.00001m }.Validate(), f => f.StartsWith("Snapshot:PointValue must be more than 0", StringComparison.Ordinal));
        Assert.Contains(new SnapshotOptions { PointValue = 0m }.Validate(), f => f.StartsWith("Snapshot:PointValue", StringComparison.Ordinal));
        Assert.Contains(new SnapshotOptions { RewardPointsThreshold = -1 }.Validate(), f => f.StartsWith("Snapshot:RewardPointsThreshold must be between 0", StringComparison.Ordinal));
        Assert.Equal(
            [("PointValue", 0.01m), ("RewardEveryNthPurchase", 10m), ("RewardPointsThreshold", 0m)],
            new SnapshotOptions().ViewSettings().Where(s => s.Name is "PointValue" or "RewardEveryNthPurchase" or "RewardPointsThreshold"));
    }
}
