using CrmInsights.Host.Cli;
using CrmInsights.Reports.Tests.Support;

namespace CrmInsights.Host.Tests;

/// <summary>
/// <c>query</c> and <c>export marts</c> as an analyst uses them, in-process, on the mart fixture: one read-only SELECT on
/// DuckDB too, and CSV cells a spreadsheet would run as formulas (OWASP: = + - @ tab CR) written as text unless --csv-raw.
/// </summary>
[Collection(nameof(SharedConsole))]
public sealed class QueryCommandTests : IAsyncLifetime, IDisposable
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
    private readonly TestWorkspace _workspace = new(withWarehouse: false);

    public async Task InitializeAsync()
    {
        var engine = await MartWarehouse.CreateAsync(_workspace.Paths.WarehouseFile, DateTime.UtcNow, healthy: true);
        await MartWarehouse.ExecuteAsync(engine, $"UPDATE dim.Store SET StoreName = '{Formula.Replace("'", "''", StringComparison.Ordinal)}' WHERE StoreId = 'S1'");
    }

    private Task<int> RunAsync(params string[] verb) =>
        CrmInsightsCli.Create().Parse([.. verb, "--workspace", _workspace.Paths.Root]).InvokeAsync();

    [Theory]
    [InlineData("CREATE TEMP TABLE t AS SELECT 1 AS x; SELECT 42")]
    [InlineData("SELECT 1; SELECT 2")]
    [InlineData("PRAGMA database_list")]
    [InlineData("SELECT 1 AS x INTO other")]
    [InlineData("SELEC 1")]
    public async Task Query_NotOneSelect_OnDuckDb_ExitsInput(string sql)
    {
        var output = Path.Combine(_workspace.Paths.Root, "out.csv");
        Assert.Equal(ExitCodes.Input, await RunAsync("query", "--format", "csv", "--output", output, sql));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Query_Csv_EscapesFormulaCells_KeepsNumbers_RawOnRequest()
    {
        var sql = "SELECT StoreName, '+1+1' AS plus, '-2+3' AS minus, '@SUM(A1)' AS at, chr(9) || 'tab' AS tab, chr(13) || 'cr' AS cr, "
            + "'plain' AS plain, -5 AS n, CAST(-2.5 AS DECIMAL(9,2)) AS d, SUM(StoreKey) * -1 AS huge FROM dim.Store WHERE StoreId = 'S1' GROUP BY StoreName";
        var guarded = Path.Combine(_workspace.Paths.Root, "guarded.csv");
        Assert.Equal(ExitCodes.Success, await RunAsync("query", "--format", "csv", "--output", guarded, sql));
        Assert.Equal("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\"'+1+1\",\"'-2+3\",\"'@SUM(A1)\",\"'\ttab\",\"'\rcr\",plain,-5,-2.50,-1",
            ReadRecord(guarded));

        var raw = Path.Combine(_workspace.Paths.Root, "raw.csv");
        Assert.Equal(ExitCodes.Success, await RunAsync("query", "--format", "csv", "--csv-raw", "--output", raw, sql));
        Assert.StartsWith("\"=HYPERLINK(", ReadRecord(raw), StringComparison.Ordinal);
        Assert.Contains(",+1+1,-2+3,@SUM(A1),", ReadRecord(raw), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportMarts_Csv_EscapesFormulaCells_RawOnRequest()
    {
        var guarded = Path.Combine(_workspace.Paths.Root, "guarded");
        Assert.Equal(ExitCodes.Success, await RunAsync("export", "marts", "--format", "csv", "--output", guarded));
        var stores = File.ReadAllText(Path.Combine(guarded, "StoreDirectory.csv"));
        Assert.Contains("\"'=HYPERLINK(", stores, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK(", stores, StringComparison.Ordinal);

        var raw = Path.Combine(_workspace.Paths.Root, "raw");
        Assert.Equal(ExitCodes.Success, await RunAsync("export", "marts", "--format", "csv", "--csv-raw", "--output", raw));
        Assert.Contains("\"=HYPERLINK(", File.ReadAllText(Path.Combine(raw, "StoreDirectory.csv")), StringComparison.Ordinal);
    }

    /// <summary>The first data record (which may span lines: a quoted CR is part of the cell).</summary>
    private static string ReadRecord(string path)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        return text[start..].TrimEnd('\r', '\n');
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _workspace.Dispose();
}
