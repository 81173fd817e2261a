using ClosedXML.Excel;
using CrmInsights.Host.Cli;
using CrmInsights.Host.Reporting;
using CrmInsights.Reports.Model;
using CrmInsights.Reports.Tests.Support;

namespace CrmInsights.Host.Tests;

/// <summary><c>report run</c> / <c>report list</c> end to end, in-process, on the hand-built mart fixture.</summary>
[Collection(nameof(SharedConsole))]
public sealed class ReportCommandTests : IAsyncLifetime, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "crmi-report-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        // Loads finished just now, so every source is fresh and no check fails.
        await MartWarehouse.CreateAsync(Path.Combine(_root, "warehouse.duckdb"), DateTime.UtcNow, healthy: true);
    }

    private Task<int> RunAsync(params string[] verb) =>
        CrmInsightsCli.Create().Parse([.. verb, "--workspace", _root]).InvokeAsync();

    private void WriteSettings() => File.WriteAllText(Path.Combine(_root, "appsettings.json"), """
        { "Scheduler": { "IncludeBuiltInSchedules": false },
          "Reports": { "Definitions": [ { "Name": "fixture-monthly", "Owner": "owner@example.com", "Recipients": [
            { "Email": "hq@example.com", "DisplayName": "HQ", "AllowPersonalData": true },
            { "Email": "north@example.com", "DisplayName": "North", "Region": "North" },
            { "Email": "s1@example.com", "DisplayName": "S1", "Store": "S1", "AllowPersonalData": true } ] } ] } }
        """);

    [Fact]
    public async Task Run_WithoutSend_BuildsOneWorkbookPerSliceThatOpens()
    {
        WriteSettings();
        Assert.Equal(ExitCodes.Success, await RunAsync("report", "run", "--report", "fixture-monthly", "--period", "2025-03"));

        var workbooks = Directory.GetFiles(Path.Combine(_root, "out", "fixture-monthly", "2025-03"), "*.xlsx").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["fixture-monthly-2025-03-all.xlsx", "fixture-monthly-2025-03-region-North-nopd.xlsx", "fixture-monthly-2025-03-store-S1.xlsx"], workbooks);
        using var book = new XLWorkbook(Path.Combine(_root, "out", "fixture-monthly", "2025-03", "fixture-monthly-2025-03-store-S1.xlsx"));
        Assert.True(book.Worksheets.Count >= 5);
        Assert.False(Directory.Exists(Path.Combine(_root, "outbox")));
    }

    [Fact]
    public async Task Run_Send_DeliversEachRecipientOnce_ThenHoldsOnAFailingCheck()
    {
        WriteSettings();
        Assert.Equal(ExitCodes.Success, await RunAsync("report", "run", "--report", "fixture-monthly", "--period", "2025-03", "--send"));
        var outbox = Path.Combine(_root, "outbox");
        Assert.Equal(3, Directory.GetFiles(outbox, "*.eml").Length);
        var firstWrite = Directory.GetFiles(outbox).Max(File.GetLastWriteTimeUtc);

        Assert.Equal(ExitCodes.Success, await RunAsync("report", "run", "--report", "fixture-monthly", "--period", "2025-03", "--send"));
        Assert.Equal(3, Directory.GetFiles(outbox, "*.eml").Length);
        Assert.Equal(firstWrite, Directory.GetFiles(outbox).Max(File.GetLastWriteTimeUtc));

        await MartWarehouse.ExecuteAsync(new Warehouse.DuckDb.DuckDbWarehouse(Path.Combine(_root, "warehouse.duckdb")),
            "INSERT INTO etl.CheckResult (CheckName, Severity, Passed, FailedCount, CheckedAtUtc, BatchId) VALUES ('orders.negative_price', 'Error', false, 3, TIMESTAMP '2030-01-01 00:00:00', 1)");
        Assert.Equal(ExitCodes.Data, await RunAsync("report", "run", "--report", "fixture-monthly", "--period", "2025-02", "--send"));
    }

    [Fact]
    public async Task ListAndRun_NoConfiguration_UseTheBuiltInReport_BadInputExitsConfiguration()
    {
        Assert.Equal(ExitCodes.Success, await RunAsync("report", "list"));
        Assert.Equal(ExitCodes.Success, await RunAsync("report", "run", "--report", "crm-monthly", "--period", "2025-03"));
        // Outside the demo the built-in report builds only head office's all-stores pack (no demo store or region).
        Assert.Equal(["crm-monthly-2025-03-all.xlsx"], Directory.GetFiles(Path.Combine(_root, "out", "crm-monthly", "2025-03"), "*.xlsx").Select(Path.GetFileName));
        // A month the data does not reach is held with the reason, not built empty.
        Assert.Equal(ExitCodes.Data, await RunAsync("report", "run", "--report", "crm-monthly", "--period", "2026-03"));
        Assert.False(Directory.Exists(Path.Combine(_root, "out", "crm-monthly", "2026-03")));
        Assert.Equal(ExitCodes.Configuration, await RunAsync("report", "run", "--report", "nope", "--period", "2025-03"));
        Assert.Equal(ExitCodes.Configuration, await RunAsync("report", "run", "--report", "crm-monthly", "--period", "March"));
    }

    [Fact]
    public void PreviousCompleteMonth_InTheSchedulesTimeZone()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        // 2025-03-31 23:30 UTC is already 1 April 00:30 in London (BST): the complete month is March.
        Assert.Equal(new ReportPeriod(2025, 3), ReportPeriods.PreviousCompleteMonth(new DateTimeOffset(2025, 3, 31, 23, 30, 0, TimeSpan.Zero), london));
        Assert.Equal(new ReportPeriod(2024, 12), ReportPeriods.PreviousCompleteMonth(new DateTimeOffset(2025, 1, 2, 7, 0, 0, TimeSpan.Zero), london));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A lingering DuckDB handle on a temp folder is not worth failing a test for.
        }
    }
}
