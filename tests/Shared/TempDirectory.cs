namespace CrmInsights.TestSupport;

/// <summary>A temp folder of one test, deleted on dispose (linked into every test project by tests/Directory.Build.props).</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crmi-test-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finalising connection or a child process: the OS temp cleaner gets it.
        }
    }
}
