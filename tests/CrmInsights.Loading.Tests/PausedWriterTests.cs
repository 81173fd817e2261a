using System.Text;
using CrmInsights.Etl.Loading;

namespace CrmInsights.Loading.Tests;

/// <summary>
/// A writer that pauses longer than Etl:StableFor: a real inbox file written in two parts around the pause, the second part
/// written by a writer that holds the file open (it resumes after the file was read, or before it was loaded) or that opens
/// the inbox path again after the first part was archived (the tail arrives as a headerless file of the same name).
/// </summary>
public sealed class PausedWriterTests : IDisposable
{
    private const string OrderFile = "order_lines-2026-05-03.csv";
    private static readonly string Part1 = Data.OrderLinesHeader + "\n" +
        Data.Line("W1", 1, "2026-05-01T10:00:00+01:00", "C1") + "\n" + Data.Line("W1", 2, "2026-05-01T10:00:00+01:00", "C1", "SKU2", 1, "6.00") + "\n";
    private static readonly string Part2 =
        Data.Line("W2", 1, "2026-05-01T11:00:00+01:00", "C2") + "\n" + Data.Line("W2", 2, "2026-05-01T11:00:00+01:00", "C2", "SKU2", 3, "6.00") + "\n";

    private readonly LoadHarness _h = new();

    private string OrderPath => Path.Combine(_h.Workspace.Inbox("pos"), OrderFile);

    [Fact]
    public async Task Run_WriterResumesAfterTheFileWasRead_BatchKeepsThePartNotArchived_NextRunLoadsTheWholeFileReplacingIt()
    {
        await LoadMastersAsync();
        await using var writer = OpenWriter();
        await WriteAsync(writer, Part1);
        Age(OrderPath);
        _h.Loader.Observer = new AtStep(LoadSteps.Archive, () => WriteAsync(writer, Part2));

        var first = Assert.Single((await _h.RunAsync()).Batches);

        Assert.Equal((BatchStatus.Loaded, 2L), (first.Status, first.RowsLoaded));
        Assert.True(File.Exists(OrderPath), "changed after it was read: not archived");
        Assert.Empty(ArchivedOrderFiles());

        _h.Loader.Observer = null;
        await writer.DisposeAsync();
        Age(OrderPath);
        var second = Assert.Single((await _h.RunAsync()).Batches);

        Assert.Equal((BatchStatus.Loaded, 4L), (second.Status, second.RowsLoaded));
        Assert.Equal(["W1|1", "W1|2", "W2|1", "W2|2"], await _h.RowsAsync("SELECT OrderId, LineNumber FROM fact.SalesLine ORDER BY OrderId, LineNumber"));
        Assert.Equal(["Replaced|2|2", "Succeeded|4|0"],
            await _h.RowsAsync("SELECT Status, RowsLoaded, RowsSuperseded FROM etl.Batch WHERE Entity = 'order_lines' ORDER BY BatchId"));
        Assert.Equal(Part1 + Part2, await File.ReadAllTextAsync(Assert.Single(ArchivedOrderFiles())));
    }

    [Fact]
    public async Task Run_WriterResumesBeforeTheFileIsLoaded_NothingLoadedReasonNamesStableFor_FileWaitsInTheInbox()
    {
        await LoadMastersAsync();
        _h.Drop("pos", "stores-2026-05-03.csv", Data.Stores.Replace("High Street", "High St", StringComparison.Ordinal));
        await using var writer = OpenWriter();
        await WriteAsync(writer, Part1);
        Age(OrderPath);
        // The stores file loads first (masters before facts): the writer resumes while the order file waits its turn.
        _h.Loader.Observer = new AtStep(LoadSteps.Archive, () => WriteAsync(writer, Part2));

        var summary = await _h.RunAsync();

        var orders = Assert.Single(summary.Batches, b => b.Entity == "order_lines");
        Assert.Equal(BatchStatus.Failed, orders.Status);
        Assert.Contains("Still being written", orders.Error, StringComparison.Ordinal);
        Assert.Contains("Etl:StableFor (5 s)", orders.Error, StringComparison.Ordinal);
        Assert.Contains("rename it into place", orders.Error, StringComparison.Ordinal);
        Assert.Equal(0, await _h.CountAsync("SELECT COUNT(*) FROM fact.SalesLine"));
        Assert.True(File.Exists(OrderPath));
        var lake = _h.Workspace.LakeEntity("pos", "order_lines");
        Assert.True(!Directory.Exists(lake) || !Directory.EnumerateFiles(lake, "*", SearchOption.AllDirectories).Any(), "the partial read's landing is removed");

        _h.Loader.Observer = null;
        await writer.DisposeAsync();
        Age(OrderPath);
        var again = Assert.Single((await _h.RunAsync()).Batches);
        Assert.Equal((BatchStatus.Loaded, 4L), (again.Status, again.RowsLoaded));
        Assert.Empty(await _h.RowsAsync("SELECT FileName FROM etl.Batch WHERE Status = 'Replaced'"));
    }

    [Fact]
    public async Task Run_TailArrivesUnderTheArchivedName_QuarantinedAsItsContinuationNamingStableForAndTheRename()
    {
        await LoadMastersAsync();
        _h.Drop("pos", OrderFile, Part1);
        Assert.Equal(BatchStatus.Loaded, Assert.Single((await _h.RunAsync()).Batches).Status);
        var archived = Assert.Single(ArchivedOrderFiles());

        // The writer opens the inbox path again (append mode creates it) and writes the rest.
        await File.AppendAllTextAsync(OrderPath, Part2);
        Age(OrderPath);
        var tail = Assert.Single((await _h.RunAsync()).Batches);

        Assert.Equal(BatchStatus.Quarantined, tail.Status);
        var relative = Path.GetRelativePath(_h.Root, archived).Replace('\\', '/');
        Assert.Contains($"looks like the continuation of {relative}", tail.Error, StringComparison.Ordinal);
        Assert.Contains("Etl:StableFor (5 s)", tail.Error, StringComparison.Ordinal);
        Assert.Contains("NAME.part, or a name starting with '.'", tail.Error, StringComparison.Ordinal);
        Assert.Equal(2, await _h.CountAsync("SELECT COUNT(*) FROM fact.SalesLine"));
        Assert.Equal(Part1, await File.ReadAllTextAsync(archived));
    }

    [Fact]
    public async Task Run_HeaderlessFileWithANewName_ReasonDoesNotClaimAContinuation()
    {
        await LoadMastersAsync();
        _h.Drop("pos", "order_lines-2026-05-04.csv", Part2);

        var batch = Assert.Single((await _h.RunAsync()).Batches);

        Assert.Equal(BatchStatus.Quarantined, batch.Status);
        Assert.Contains("Wrong or missing header", batch.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("continuation", batch.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _h.Dispose();

    private async Task LoadMastersAsync()
    {
        _h.Drop("pos", "stores-2026-05-01.csv", Data.Stores);
        _h.Drop("pos", "products-2026-05-01.csv", Data.Products);
        _h.Drop("pos", "customers-2026-05-01.csv", Data.Customers(
            Data.Customer("C1", "Bronze", "London", "2026-04-01T00:00:00Z"), Data.Customer("C2", "Silver", "Leeds", "2026-04-01T00:00:00Z")));
        Assert.All((await _h.RunAsync()).Batches, b => Assert.Equal(BatchStatus.Loaded, b.Status));
    }

    // The writer keeps the file open across the pause, as a logging or export process does.
    private FileStream OpenWriter()
    {
        Directory.CreateDirectory(_h.Workspace.Inbox("pos"));
        return new FileStream(OrderPath, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
    }

    private static async Task WriteAsync(FileStream writer, string text)
    {
        await writer.WriteAsync(Encoding.UTF8.GetBytes(text));
        await writer.FlushAsync();
    }

    // Found ready by its age: older than Etl:StableFor on the harness's clock.
    private void Age(string path) => File.SetLastWriteTimeUtc(path, _h.Time.GetUtcNow().UtcDateTime.AddMinutes(-10));

    private List<string> ArchivedOrderFiles()
    {
        var root = Path.Combine(_h.Root, "archive", "pos");
        return Directory.Exists(root) ? Directory.EnumerateFiles(root, "order_lines*", SearchOption.AllDirectories).ToList() : [];
    }

    private sealed class AtStep(string step, Func<Task> action) : ILoadObserver
    {
        private bool _done;

        public Task BeforeStatementAsync(LoadStatement statement, CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task BeforeStepAsync(string stepName, CancellationToken cancellationToken)
        {
            if (stepName == step && !_done)
            {
                _done = true;
                await action();
            }
        }
    }
}
