using System.Diagnostics;
using CrmInsights.Etl.Verification;
using CrmInsights.Host.Cli;
using DuckDB.NET.Data;

namespace CrmInsights.Host.Tests.Robustness;

/// <summary>
/// Issues 17/18: the real executable, on a fresh workspace with no prior <c>warehouse init</c> (the schema is created by the
/// run), killed with SIGKILL at points spread over a run; each time <c>etl run</c> again must exit as a clean run does and
/// leave exactly its warehouse (every dim/fact/etl table, <see cref="WarehouseDigest"/>: generated keys, run ids and
/// processing times excluded) and its file sets (archive/, quarantine/, inbox/, lake/). Also: two runs over the same inbox
/// with the files arriving in a different order and in several drops give the same warehouse.
/// </summary>
public sealed class KillTests : IDisposable
{
    private const int KillPoints = 5;
    // Generous: each fresh start builds the DacFx model (seconds on a quiet machine, minutes on a saturated one).
    private static readonly TimeSpan RunBound = TimeSpan.FromMinutes(10);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "crmi-kill-" + Guid.NewGuid().ToString("N"));

    [SkippableFact]
    public async Task EtlRun_KilledAtPointsSpreadOverAFreshRun_ReRunGivesTheCleanRunsWarehouseAndFiles()
    {
        Skip.If(OperatingSystem.IsWindows(), "SIGKILL is POSIX.");
        var inbox = await GenerateAsync();
        var clean = Workspace("clean", inbox);
        var clock = Stopwatch.StartNew();
        var (cleanExit, cleanOutput) = await CliProcess.RunAsync(["etl", "run", "--workspace", clean], CliProcess.TakeAtOnce, RunBound);
        var duration = clock.Elapsed;
        Assert.True(cleanExit is 0 or 5 or 6, cleanOutput); // 5 an error-level check failed, 6 a file was quarantined
        var expected = await DigestAsync(clean);
        var expectedFiles = FileSets(clean);

        for (var k = 1; k <= KillPoints; k++)
        {
            var ws = Workspace($"kill{k}", inbox);
            var delay = duration * k / (KillPoints + 1);
            using (var run = CliProcess.Start(["etl", "run", "--workspace", ws], CliProcess.TakeAtOnce))
            {
                await Task.Delay(delay);
                await run.KillAsync();
            }

            var (exit, output) = await CliProcess.RunAsync(["etl", "run", "--workspace", ws], CliProcess.TakeAtOnce, RunBound);
            // A kill after the last file was loaded or quarantined (the final checks) leaves the re-run nothing to load: it
            // exits 0, since the quarantine exit (6) reports a file quarantined by that run. Warehouse and files must match all the same.
            var nothingLeft = output.Contains("ETL run: 0 batches", StringComparison.Ordinal);
            // Likewise a kill after the bad file was quarantined: the re-run loads the rest and quarantines nothing itself.
            var quarantinedByTheKilledRun = cleanExit == ExitCodes.Quarantined && !output.Contains("Quarantined ", StringComparison.Ordinal);
            Assert.True(exit == cleanExit || ((nothingLeft || quarantinedByTheKilledRun) && exit == 0),
                $"kill {k} at {delay.TotalSeconds:0.0}s of {duration.TotalSeconds:0.0}s: re-run exit {exit}, clean run {cleanExit}\n{output}");
            AssertSame(expected, await DigestAsync(ws), $"kill {k} at {delay.TotalSeconds:0.0}s");
            Assert.Equal(expectedFiles, FileSets(ws));
            AssertEachInputOnce(inbox, ws);
        }
    }

    [SkippableFact]
    public async Task EtlRun_SameFilesInAnotherOrderAndInSeveralDrops_GivesTheSameWarehouse()
    {
        Skip.If(OperatingSystem.IsWindows(), "The executable is started as on Linux.");
        var inbox = await GenerateAsync();
        var oneGo = Workspace("one-go", inbox);
        var (exit, output) = await CliProcess.RunAsync(["etl", "run", "--workspace", oneGo], CliProcess.TakeAtOnce, RunBound);
        Assert.True(exit is 0 or 5 or 6, output);

        // The same files, newest first, in three drops with a run after each (late masters, facts before their customers).
        var dropped = Path.Combine(_root, "drops");
        Directory.CreateDirectory(dropped);
        var files = Directory.EnumerateFiles(inbox, "*", SearchOption.AllDirectories).OrderByDescending(Path.GetFileName, StringComparer.Ordinal).ToList();
        foreach (var drop in files.Chunk((files.Count + 2) / 3))
        {
            foreach (var file in drop)
            {
                var target = Path.Combine(dropped, "inbox", Path.GetRelativePath(inbox, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            (exit, output) = await CliProcess.RunAsync(["etl", "run", "--workspace", dropped], CliProcess.TakeAtOnce, RunBound);
            Assert.True(exit is 0 or 5 or 6, output);
        }

        var a = await DigestAsync(oneGo);
        var b = await DigestAsync(dropped);
        // Batch lineage and check history record how the files arrived; the data must not.
        AssertSame(Data(a), Data(b), "three drops, newest first");
    }

    private static IEnumerable<TableDigest> Data(WarehouseDigest digest) => digest.Tables.Where(t => !t.Name.StartsWith("etl.", StringComparison.Ordinal));

    private static void AssertSame(WarehouseDigest expected, WarehouseDigest actual, string what) => AssertSame(expected.Tables, actual.Tables, what);

    private static void AssertSame(IEnumerable<TableDigest> expected, IEnumerable<TableDigest> actual, string what)
    {
        var e = expected.ToDictionary(t => t.Name);
        var a = actual.ToDictionary(t => t.Name);
        Assert.Equal(e.Keys.Order(), a.Keys.Order());
        foreach (var (name, table) in e)
        {
            if (table.Hash != a[name].Hash)
            {
                var missing = table.Rows.Except(a[name].Rows).Take(3);
                var extra = a[name].Rows.Except(table.Rows).Take(3);
                Assert.Fail($"{what}: {name} differs ({table.Rows.Count} rows expected, {a[name].Rows.Count} found).\n" +
                    $"columns: {table.Columns}\nmissing: {string.Join("\n  ", missing)}\nextra: {string.Join("\n  ", extra)}");
            }
        }
    }

    private static void AssertEachInputOnce(string inbox, string ws)
    {
        foreach (var input in Directory.EnumerateFiles(inbox, "*", SearchOption.AllDirectories))
        {
            var source = Path.GetFileName(Path.GetDirectoryName(input)!);
            var name = Path.GetFileName(input);
            var places = new[] { "archive", "quarantine", "inbox" }
                .Select(d => Path.Combine(ws, d, source))
                .Where(Directory.Exists)
                .Sum(d => Directory.EnumerateFiles(d, name, SearchOption.AllDirectories).Count());
            Assert.True(places == 1, $"{source}/{name} is in {places} places of archive/, quarantine/, inbox/");
        }
    }

    private async Task<string> GenerateAsync()
    {
        var gen = Path.Combine(_root, "gen");
        var (exit, output) = await CliProcess.RunAsync(["demo", "generate", "--customers", "10", "--months", "1", "--drop", "week",
            "--dirty", "0.05", "--seed", "7", "--out", gen, "--workspace", gen], CliProcess.TakeAtOnce, RunBound);
        Assert.True(exit == 0, output);
        return Path.Combine(gen, "inbox");
    }

    private string Workspace(string name, string inbox)
    {
        var ws = Path.Combine(_root, name);
        foreach (var file in Directory.EnumerateFiles(inbox, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(ws, "inbox", Path.GetRelativePath(inbox, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return ws;
    }

    private static async Task<WarehouseDigest> DigestAsync(string ws)
    {
        await using var connection = new DuckDBConnection($"Data Source={Path.Combine(ws, "warehouse.duckdb")}");
        await connection.OpenAsync();
        return await WarehouseDigest.ReadAsync(connection, ws, default);
    }

    private static List<string> FileSets(string ws) =>
        new[] { "archive", "quarantine", "inbox", "lake" }
            .Select(d => Path.Combine(ws, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(ws, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still be releasing a file; temp space is reclaimed by the OS.
        }
    }
}
