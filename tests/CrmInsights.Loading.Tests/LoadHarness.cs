using System.Globalization;
using CrmInsights.Etl.Checks;
using CrmInsights.Etl.Extraction;
using CrmInsights.Etl.Files;
using CrmInsights.Etl.Loading;
using CrmInsights.Etl.Sources;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.DuckDb;
using CrmInsights.Warehouse.Engine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrmInsights.Loading.Tests;

/// <summary>A temporary workspace with a DuckDB warehouse, a fake clock and the whole pipeline wired by hand.</summary>
internal sealed class LoadHarness : IDisposable
{
    public LoadHarness(string? root = null)
    {
        Root = root ?? Path.Combine(Path.GetTempPath(), "crm-load-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 2, 9, 0, 0, TimeSpan.Zero));
        var file = Path.Combine(Root, "warehouse.duckdb");
        if (!File.Exists(file))
        {
            CrmInsights.TestSupport.WarehouseTemplate.CopyTo(file);
        }

        Engine = new DuckDbWarehouse(file);
        Build(Engine);
    }

    // An empty warehouse built once per test run and copied (tests/Shared/WarehouseTemplate.cs), so each test skips the ~1 s schema creation.

    public string Root { get; }

    public FakeTimeProvider Time { get; }

    public IWarehouseEngine Engine { get; private set; }

    public EtlOptions Options { get; } = EtlOptions.CreateDefault();

    public EtlWorkspace Workspace => new(Root);

    public EtlPipeline Pipeline { get; private set; } = null!;

    public BatchLoader Loader { get; private set; } = null!;

    public DataChecks Checks { get; private set; } = null!;

    public EtlStatus Status { get; private set; } = null!;

    /// <summary>Rewires the pipeline over another engine (e.g. a failing decorator).</summary>
    public void Build(IWarehouseEngine engine)
    {
        Engine = engine;
        Options.StableFor = TimeSpan.FromSeconds(5);
        var etl = Microsoft.Extensions.Options.Options.Create(Options);
        var warehouse = Microsoft.Extensions.Options.Options.Create(new WarehouseOptions());
        var loading = Microsoft.Extensions.Options.Options.Create(new LoadingOptions());
        var ws = Workspace;
        Loader = new BatchLoader(engine, warehouse, Time, NullLogger<BatchLoader>.Instance);
        Checks = new DataChecks(engine, warehouse, loading, Time, NullLogger<DataChecks>.Instance);
        Status = new EtlStatus(engine, loading, Time);
        Pipeline = new EtlPipeline(
            engine, new FileInbox(ws, etl, Time), new BatchExtractor(ws, etl, Time, NullLogger<BatchExtractor>.Instance),
            new DatabaseExtractor(ws, etl, Time), new FileDisposition(ws, Time), ws, Loader, Checks, etl, warehouse, Time,
            NullLogger<EtlPipeline>.Instance);
    }

    /// <summary>Writes an inbox file old enough to count as stable.</summary>
    public void Drop(string source, string fileName, string text)
    {
        var dir = Workspace.Inbox(source);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, fileName);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, Time.GetUtcNow().UtcDateTime.AddMinutes(-10));
    }

    /// <summary>Runs the pipeline; advances the clock a minute first so batches land in order.</summary>
    public async Task<EtlRunSummary> RunAsync(string? source = null)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        return await Pipeline.RunAsync(source);
    }

    /// <summary>Rows of a test query, values as invariant text (null as "∅").</summary>
    public async Task<List<string>> RowsAsync(string sql)
    {
        var rows = new List<string>();
        await using var connection = await Engine.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            rows.Add(string.Join("|", values));
        }

        return rows;
    }

    public async Task<long> CountAsync(string sql) => long.Parse((await RowsAsync(sql)).Single(), CultureInfo.InvariantCulture);

    /// <summary>
    /// The warehouse content with surrogate keys and batch ids replaced by natural keys, so a crashed-and-rerun warehouse
    /// compares equal to a clean one. Lineage (etl.Batch) is left out: a failed attempt is rightly recorded there.
    /// </summary>
    public async Task<List<string>> ContentAsync()
    {
        var all = new List<string>();
        foreach (var (name, sql) in Snapshots.Queries)
        {
            all.AddRange((await RowsAsync(sql)).Select(r => name + ":" + r));
        }

        return all;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp folder left behind does not affect other tests
        }
    }
}
