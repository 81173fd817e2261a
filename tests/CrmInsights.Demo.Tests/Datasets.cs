namespace CrmInsights.Demo.Tests;

/// <summary>Datasets generated once per test run and shared by the test classes (generation is the slow part).</summary>
internal static class Datasets
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "crm-demo-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    static Datasets() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    };

    private static readonly Lazy<(string Dir, GenerationSummary Summary)> CleanLazy = new(() => Make("clean", new DemoOptions { Customers = 2_000, Months = 24, Seed = 7 }));
    private static readonly Lazy<(string Dir, GenerationSummary Summary)> DirtyLazy = new(() => Make("dirty", new DemoOptions { Customers = 600, Months = 12, Seed = 11, DirtyRate = 0.02 }));

    /// <summary>2,000 customers over 24 months, clean.</summary>
    public static (string Dir, GenerationSummary Summary) Clean => CleanLazy.Value;

    /// <summary>600 customers over 12 months with 2% defects.</summary>
    public static (string Dir, GenerationSummary Summary) Dirty => DirtyLazy.Value;

    public static string TempDir(string name)
    {
        var dir = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static IEnumerable<string> Files(string dir, string source, string entity) =>
        Directory.EnumerateFiles(Path.Combine(dir, "inbox", source), entity + "-*").Order(StringComparer.Ordinal);

    private static (string, GenerationSummary) Make(string name, DemoOptions options)
    {
        options.OutputDirectory = TempDir(name);
        return (options.OutputDirectory, DemoGenerator.Generate(options));
    }
}
