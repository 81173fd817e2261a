using System.Globalization;
using System.Text.Json;
using ClosedXML.Excel;
using CrmInsights.Host.Cli;
using DuckDB.NET.Data;

namespace CrmInsights.Host.Tests;

/// <summary>
/// <c>crm-insights demo</c> end to end, in-process, on a small generated dataset (300 customers x 14 months,
/// monthly files so the load stays quick): generate, load, derive, report and deliver, then a second run that
/// must load and send nothing new. The CLV check reuses the same data.
/// </summary>
[Collection(nameof(SharedConsole))]
public sealed class DemoCommandTests : IClassFixture<DemoCommandTests.DemoRun>
{
    private const int Period = 202502; // 14 months from 2024-01-01 end on 2025-02-28.
    private readonly DemoRun _run;

    public DemoCommandTests(DemoRun run) => _run = run;

    [Fact]
    public void Demo_FirstRun_LoadsEveryBatchWithTheCountsIdentity()
    {
        Assert.Equal(ExitCodes.Success, _run.FirstExit);
        using var connection = _run.Open();
        var batches = Rows(connection, $"SELECT Status, RowsRead, RowsLoaded, RowsRejected, RowsDuplicate FROM etl.Batch WHERE BatchId <= {_run.MaxBatchAfterFirst}");
        Assert.NotEmpty(batches);
        Assert.All(batches, b => Assert.Equal("Succeeded", b[0]));
        // Every row read is loaded, rejected or a duplicate.
        Assert.All(batches, b => Assert.Equal(Long(b[1]), Long(b[2]) + Long(b[3]) + Long(b[4])));
        Assert.True(batches.Sum(b => Long(b[2])) > 0);
        Assert.True(Scalar(connection, "SELECT COUNT(*) FROM fact.CustomerMonth") > 0);
        Assert.Equal(0, _run.InboxFilesAfterFirst); // every generated file was loaded, none left for a later run
    }

    [Fact]
    public void Demo_FirstRun_SummarySheetNetRevenueEqualsTheMart()
    {
        var workbook = Path.Combine(_run.Root, "out", "crm-monthly", "2025-02", "crm-monthly-2025-02-all.xlsx");
        Assert.True(File.Exists(workbook), workbook);
        decimal expected;
        using (var connection = _run.Open())
        {
            expected = Convert.ToDecimal(ScalarObject(connection,
                $"SELECT NetRevenue FROM mart.Profitability WHERE CutLevel = 'All' AND YearMonthKey = {Period}"), CultureInfo.InvariantCulture);
        }

        using var book = new XLWorkbook(workbook);
        var summary = book.Worksheet("Summary");
        var kpiRow = summary.Column(1).CellsUsed().Single(c => c.GetString().Trim() == "Net revenue").Address.RowNumber;
        var headerRow = summary.Column(1).CellsUsed().First(c => c.GetString() == "KPI").Address.RowNumber;
        var current = summary.Row(headerRow).CellsUsed().Single(c => c.GetString() == "This month").Address.ColumnNumber;
        Assert.Equal(expected, Math.Round(summary.Cell(kpiRow, current).GetValue<decimal>(), 4));
        Assert.True(expected > 0);
    }

    [Fact]
    public void Demo_Outbox_OneEmlPerRecipient_SecondRunLoadsAndSendsNothingNew()
    {
        Assert.Equal(3, _run.EmlAfterFirst.Length); // crm-monthly's built-in recipients: head office, London region, store S001.
        Assert.Equal(ExitCodes.Success, _run.SecondExit);
        Assert.Equal(_run.EmlAfterFirst, _run.EmlAfterSecond);
        using var connection = _run.Open();
        Assert.Equal(0, Scalar(connection, $"SELECT COUNT(*) FROM etl.Batch WHERE Status = 'Succeeded' AND BatchId > {_run.MaxBatchAfterFirst}"));
        Assert.Equal(Scalar(connection, $"SELECT COUNT(*) FROM etl.Batch WHERE BatchId <= {_run.MaxBatchAfterFirst}"),
            Scalar(connection, $"SELECT COUNT(*) FROM etl.Batch WHERE Status = 'Skipped' AND BatchId > {_run.MaxBatchAfterFirst}"));
    }

    /// <summary>
    /// 300 customers are too few for tight recovery, so the stored fit is checked within a generous, stated
    /// tolerance of ground-truth.json: r and alpha within a factor of 2.5 each, the mean purchase rate r/alpha
    /// within 50 %, a and b positive and finite (the dropout Beta is weakly identified at this size).
    /// </summary>
    [Fact]
    public void Demo_ClvFit_StoredInModelFit_NearTheGroundTruth()
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.Root, "ground-truth.json")));
        var bgNbd = truth.RootElement.GetProperty("bg_nbd");
        double r = bgNbd.GetProperty("r").GetDouble(), alpha = bgNbd.GetProperty("alpha").GetDouble();

        using var connection = _run.Open();
        var key = Scalar(connection, "SELECT MAX(ModelFitKey) FROM fact.ModelFit");
        var fit = Rows(connection, $"SELECT ParameterName, ParameterValue FROM fact.ModelFitParameter WHERE ModelFitKey = {key}")
            .ToDictionary(p => (string)p[0]!, p => Convert.ToDouble(p[1], CultureInfo.InvariantCulture));
        Assert.InRange(fit["r"], r / 2.5, r * 2.5);
        Assert.InRange(fit["alpha"], alpha / 2.5, alpha * 2.5);
        Assert.InRange(fit["r"] / fit["alpha"], r / alpha * 0.5, r / alpha * 1.5);
        Assert.True(fit["a"] > 0 && double.IsFinite(fit["a"]));
        Assert.True(fit["b"] > 0 && double.IsFinite(fit["b"]));
    }

    /// <summary><c>snapshot fit --as-of</c> prints the fit on the purchases up to the date and stores nothing.</summary>
    [Fact]
    public async Task SnapshotFit_AsOf_PrintsTheFitAndStoresNothing()
    {
        long before;
        using (var connection = _run.Open())
        {
            before = Scalar(connection, "SELECT COUNT(*) FROM fact.ModelFit");
        }

        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        int exit, badExit;
        try
        {
            exit = await CrmInsightsCli.Create().Parse(["snapshot", "fit", "--as-of", "2024-12-31", "--workspace", _run.Root]).InvokeAsync();
            badExit = await CrmInsightsCli.Create().Parse(["snapshot", "fit", "--as-of", "31/12/2024", "--workspace", _run.Root]).InvokeAsync();
        }
        finally
        {
            Console.SetOut(original);
        }

        var text = output.ToString();
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(ExitCodes.Input, badExit);
        Assert.Contains("CLV fit on the purchases up to 2024-12-31 (nothing stored)", text);
        Assert.Matches(@"BG/NBD +r = [0-9.]+ +alpha = [0-9.]+ +a = [0-9.E+-]+ +b = [0-9.E+-]+ +log-likelihood = -[0-9.]+", text);
        Assert.Matches(@"Gamma-Gamma +p = [0-9.]+ +q = [0-9.]+ +gamma = [0-9.]+", text);
        using (var connection = _run.Open())
        {
            Assert.Equal(before, Scalar(connection, "SELECT COUNT(*) FROM fact.ModelFit"));
        }
    }

    private static long Long(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static long Scalar(DuckDBConnection connection, string sql) =>
        Convert.ToInt64(ScalarObject(connection, sql), CultureInfo.InvariantCulture);

    private static object? ScalarObject(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<object?[]> Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Runs the demo twice in one temp workspace, once for the whole class.</summary>
    public sealed class DemoRun : IAsyncLifetime
    {
        public string Root { get; } = Path.Combine(Path.GetTempPath(), "crmi-demo-" + Guid.NewGuid().ToString("N"));
        public int FirstExit { get; private set; }
        public int SecondExit { get; private set; }
        public string[] EmlAfterFirst { get; private set; } = [];
        public string[] EmlAfterSecond { get; private set; } = [];
        public long MaxBatchAfterFirst { get; private set; }
        public int InboxFilesAfterFirst { get; private set; }

        public DuckDBConnection Open()
        {
            var connection = new DuckDBConnection($"Data Source={Path.Combine(Root, "warehouse.duckdb")};ACCESS_MODE=READ_ONLY");
            connection.Open();
            return connection;
        }

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Root);
            File.WriteAllText(Path.Combine(Root, "appsettings.json"), """{ "Scheduler": { "IncludeBuiltInSchedules": false } }""");
            FirstExit = await RunAsync();
            EmlAfterFirst = Eml();
            InboxFilesAfterFirst = Directory.GetFiles(Path.Combine(Root, "inbox"), "*", SearchOption.AllDirectories).Length;
            using (var connection = Open())
            {
                MaxBatchAfterFirst = Scalar(connection, "SELECT MAX(BatchId) FROM etl.Batch");
            }
            SecondExit = await RunAsync();
            EmlAfterSecond = Eml();
        }

        private Task<int> RunAsync() =>
            CrmInsightsCli.Create().Parse(["demo", "--customers", "300", "--months", "14", "--drop", "month", "--workspace", Root]).InvokeAsync();

        private string[] Eml() =>
            Directory.Exists(Path.Combine(Root, "outbox"))
                ? [.. Directory.GetFiles(Path.Combine(Root, "outbox"), "*.eml").Select(f => Path.GetFileName(f) + ":" + File.GetLastWriteTimeUtc(f).Ticks.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)]
                : [];

        public Task DisposeAsync()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A lingering DuckDB handle on a temp folder is not worth failing a test for.
            }
            return Task.CompletedTask;
        }
    }
}
