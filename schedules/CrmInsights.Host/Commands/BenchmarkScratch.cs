using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Commands;

/// <summary>
/// A folder the benchmark creates for its own output and deletes when disposed. It is always a new,
/// uniquely named folder, so deleting it never touches anything the benchmark did not write.
/// </summary>
internal sealed class BenchmarkScratch : IDisposable
{
    private BenchmarkScratch(string path) => Path = path;

    public string Path { get; }

    public static BenchmarkScratch Create(DirectoryInfo? parent)
    {
        var root = parent?.FullName ?? System.IO.Path.GetTempPath();
        if (parent is not null && !parent.Exists)
        {
            throw new ExpectedFailureException(FailureKind.Input, $"--scratch {parent.FullName} does not exist; pass an existing folder to create the benchmark's scratch folder in.");
        }

        var path = System.IO.Path.Combine(root, "crm-insights-benchmark-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new BenchmarkScratch(path);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"warning: the scratch folder {Path} could not be deleted ({e.Message}); delete it by hand.");
        }
    }
}
