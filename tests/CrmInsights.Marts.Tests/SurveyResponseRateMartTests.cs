using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Model;
using static CrmInsights.Marts.Tests.MartFixture;

namespace CrmInsights.Marts.Tests;

/// <summary>
/// mart.SurveyResponseRate on a warehouse of its own (the shared fixture has no invitations), every figure worked out by
/// hand from the rows below. February 2025, survey NPS unless noted:
///   I1 C1 (version 1) sent 02-01 10:00; R1 C1 (version 2) 02-15 09:00 = day +14, the window's last day: answered.
///   I2 C2 sent 02-01 10:00; R2 C2 02-16 09:00 = day +15: not answered (with a 15-day window it is).
///   I3 C3 survey CSAT sent 02-03; R3 C3 answers NPS on 02-04: another survey, not answered.
///   I4 C4 sent 02-05 12:00; R4 C4 02-05 11:00, an hour before the invitation: not answered.
///   I5 C5 sent 02-06 12:00; R5 C5 at exactly 12:00: answered (same day, so also within a 0-day window).
///   I6 unknown member, address x@example.com, sent 02-07; R6 unknown, same address, 02-08: answered by address.
///   I7 unknown member, address y@example.com: no response (R7 is z@example.com's).
///   I8 C6 sent 02-10, its reminder I9 02-11; R8 C6 02-12: answers the reminder I9 only, not I8.
/// March: R9 (C2, 03-10) only, so March has no invitations.
/// </summary>
public sealed class SurveyResponseRateMartTests : IAsyncLifetime, IDisposable
{
    private const string Rows = """
        INSERT INTO dim.Customer (CustomerKey, CustomerId, Email, ValidFromUtc, ValidToUtc, IsCurrent)
        VALUES (1, 'C1', 'c1@example.com', TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '2025-02-10 00:00:00', false),
               (2, 'C1', 'c1@example.com', TIMESTAMP '2025-02-10 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (3, 'C2', 'c2@example.com', TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (4, 'C3', 'c3@example.com', TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (5, 'C4', 'c4@example.com', TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (6, 'C5', 'c5@example.com', TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true),
               (7, 'C6', 'c6@example.com', TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '9999-12-31 00:00:00', true);
        INSERT INTO fact.SurveyInvitation (InvitationId, SurveyId, SentAtUtc, DateKey, CustomerKey, Channel, BatchId, EmailNormalized)
        VALUES ('I1', 'NPS', TIMESTAMP '2025-02-01 10:00:00', 20250201, 1, 'email', 1, NULL),
               ('I2', 'NPS', TIMESTAMP '2025-02-01 10:00:00', 20250201, 3, 'email', 1, NULL),
               ('I3', 'CSAT', TIMESTAMP '2025-02-03 10:00:00', 20250203, 4, 'sms', 1, NULL),
               ('I4', 'NPS', TIMESTAMP '2025-02-05 12:00:00', 20250205, 5, 'receipt', 1, NULL),
               ('I5', 'NPS', TIMESTAMP '2025-02-06 12:00:00', 20250206, 6, NULL, 1, NULL),
               ('I6', 'NPS', TIMESTAMP '2025-02-07 10:00:00', 20250207, -1, 'email', 1, 'x@example.com'),
               ('I7', 'NPS', TIMESTAMP '2025-02-07 10:00:00', 20250207, -1, 'email', 1, 'y@example.com'),
               ('I8', 'NPS', TIMESTAMP '2025-02-10 10:00:00', 20250210, 7, 'email', 1, NULL),
               ('I9', 'NPS', TIMESTAMP '2025-02-11 10:00:00', 20250211, 7, 'email', 1, NULL);
        INSERT INTO fact.SurveyResponse (ResponseId, SurveyId, RecordedAtUtc, DateKey, CustomerKey, TouchpointKey, Nps, IsComplaint, BatchId, EmailNormalized)
        VALUES ('R1', 'NPS', TIMESTAMP '2025-02-15 09:00:00', 20250215, 2, -1, 9, false, 2, NULL),
               ('R2', 'NPS', TIMESTAMP '2025-02-16 09:00:00', 20250216, 3, -1, 9, false, 2, NULL),
               ('R3', 'NPS', TIMESTAMP '2025-02-04 09:00:00', 20250204, 4, -1, 9, false, 2, NULL),
               ('R4', 'NPS', TIMESTAMP '2025-02-05 11:00:00', 20250205, 5, -1, 9, false, 2, NULL),
               ('R5', 'NPS', TIMESTAMP '2025-02-06 12:00:00', 20250206, 6, -1, 9, false, 2, NULL),
               ('R6', 'NPS', TIMESTAMP '2025-02-08 09:00:00', 20250208, -1, -1, 9, false, 2, 'x@example.com'),
               ('R7', 'NPS', TIMESTAMP '2025-02-08 09:00:00', 20250208, -1, -1, 9, false, 2, 'z@example.com'),
               ('R8', 'NPS', TIMESTAMP '2025-02-12 09:00:00', 20250212, 7, -1, 9, false, 2, NULL),
               ('R9', 'NPS', TIMESTAMP '2025-03-10 09:00:00', 20250310, 3, -1, 9, false, 2, NULL);
        """;

    private readonly TempDirectory _temp = new();
    private DuckDbWarehouse _engine = null!;

    public async Task InitializeAsync()
    {
        using var model = WarehouseModel.LoadEmbedded();
        _engine = new DuckDbWarehouse(_temp.File("rate.duckdb"));
        await _engine.EnsureSchemaAsync(model);
        await ExecuteAsync(_engine, Rows);
    }

    [Fact]
    public async Task February_DefaultWindow_CountsI1I5I6I9Of9()
    {
        var row = await RowAsync(202502, "All");

        Assert.Equal(9, Num(row["Invited"]));
        Assert.Equal(4, Num(row["Responded"]));
        Assert.Equal(0.4444m, Dec(row["ResponseRate"]));
        Assert.Equal(14, Num(row["ResponseWindowDays"]));
    }

    [Theory]
    [InlineData(15, 5, 0.5556)] // R2 (day +15) now answers I2.
    [InlineData(0, 1, 0.1111)] // only I5, answered the day it was sent.
    public async Task February_WindowFromTheSetting(int days, int responded, double rate)
    {
        // The configured window reaches the view as the other view settings do: the derive step writes it to etl.Setting.
        await CreateDeriver(_engine, new CrmInsights.Analytics.Snapshot.SnapshotOptions { SurveyResponseWindowDays = days }).DeriveAsync();

        var row = await RowAsync(202502, "All");

        Assert.Equal(responded, Num(row["Responded"]));
        Assert.Equal((decimal)rate, Dec(row["ResponseRate"]));
        Assert.Equal(days, Num(row["ResponseWindowDays"]));
    }

    [Fact]
    public async Task MonthWithoutInvitations_KeepsItsAllRow_WithZeroAndNullRate()
    {
        var row = await RowAsync(202503, "All");

        Assert.Equal(0, Num(row["Invited"]));
        Assert.Equal(0, Num(row["Responded"]));
        Assert.Null(row["ResponseRate"]);
    }

    [Fact]
    public async Task StoreAndRegionRows_WithoutAHomeStore_AreNone_AndAddUpToAll()
    {
        // No customer has a purchase (no fact.CustomerMonth), so every invitee's home store is None.
        var store = await RowAsync(202502, "Store");
        var region = await RowAsync(202502, "Region");

        Assert.Equal(("None", "All", 9L, 4L), ((string)store["StoreId"]!, (string)store["Region"]!, Num(store["Invited"]), Num(store["Responded"])));
        Assert.Equal(("All", "None", 9L, 4L), ((string)region["StoreId"]!, (string)region["Region"]!, Num(region["Invited"]), Num(region["Responded"])));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    private async Task<Dictionary<string, object?>> RowAsync(int month, string cut)
    {
        await using var connection = await _engine.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM mart.SurveyResponseRate WHERE YearMonthKey = {month} AND CutLevel = '{cut}'";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no {cut} row for {month}");
        var row = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        }

        Assert.False(await reader.ReadAsync(), $"more than one {cut} row for {month}");
        return row;
    }
}
