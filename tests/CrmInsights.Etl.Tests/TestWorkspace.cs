using CrmInsights.Etl.Extraction;
using CrmInsights.Etl.Files;
using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Validation.Records;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrmInsights.Etl.Tests;

/// <summary>A temporary workspace with options, a fake clock and the ETL services.</summary>
internal sealed class TestWorkspace : IDisposable
{
    public TestWorkspace(EtlOptions? options = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "crm-etl-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Options = options ?? EtlOptions.CreateDefault();
        Options.StableFor = TimeSpan.FromSeconds(5);
        Workspace = new EtlWorkspace(Root);
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 2, 9, 0, 0, TimeSpan.Zero));
        var o = Microsoft.Extensions.Options.Options.Create(Options);
        Inbox = new FileInbox(Workspace, o, Time);
        Extractor = new BatchExtractor(Workspace, o, Time, NullLogger<BatchExtractor>.Instance);
        Database = new DatabaseExtractor(Workspace, o, Time);
        Disposition = new FileDisposition(Workspace, Time);
    }

    public string Root { get; }

    public EtlOptions Options { get; }

    public EtlWorkspace Workspace { get; }

    public FakeTimeProvider Time { get; }

    public FileInbox Inbox { get; }

    public BatchExtractor Extractor { get; }

    public DatabaseExtractor Database { get; }

    public FileDisposition Disposition { get; }

    /// <summary>Writes an inbox file whose modification time is old enough to count as stable.</summary>
    public SourceFile Drop(string source, string fileName, string text, bool bom = false) =>
        DropBytes(source, fileName, (bom ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>()).Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray());

    public SourceFile DropBytes(string source, string fileName, byte[] bytes)
    {
        var dir = Workspace.Inbox(source);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, fileName);
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, Time.GetUtcNow().UtcDateTime.AddMinutes(-10));
        return Inbox.ListReadyFiles(source).Single(f => f.Name == fileName);
    }

    public Task<ExtractedBatch> ExtractAsync(string source, string fileName, string text, bool bom = false) =>
        Extractor.ExtractAsync(Drop(source, fileName, text, bom));

    public static async Task<List<T>> ReadAllAsync<T>(ExtractedBatch batch)
        where T : class, ICanonicalRecord
    {
        var list = new List<T>();
        await foreach (var r in batch.ReadRecordsAsync<T>())
        {
            list.Add(r);
        }

        return list;
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
