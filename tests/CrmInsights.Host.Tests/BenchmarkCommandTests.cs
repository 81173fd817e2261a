using CrmInsights.Host.Cli;

namespace CrmInsights.Host.Tests;

/// <summary>
/// <c>crm-insights benchmark</c> at a tiny size: the table's shape, the written document and the clean-up. Never asserts a
/// timing (the figures are whatever this machine gives); the benchmark itself checks the targets.
/// </summary>
[Collection(nameof(SharedConsole))]
public sealed class BenchmarkCommandTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    [Fact]
    public async Task Benchmark_TinySize_PrintsEveryTargetWithReferenceAndRatio_WritesTheDocument_DeletesItsScratch()
    {
        var parent = Directory.CreateDirectory(Path.Combine(_workspace.Paths.Root, "scratch-parent"));
        var doc = Path.Combine(_workspace.Paths.Root, "docs", "performance.md");
        var (code, text) = await RunAsync(
            "benchmark", "--quick", "--order-lines", "2000", "--snapshot-customers", "40", "--snapshot-months", "3", "--small-files", "3",
            "--scratch", parent.FullName, "--doc", doc);

        Assert.True(code == ExitCodes.Success, text);
        Assert.Contains("will generate and load about", text, StringComparison.Ordinal); // said before it starts
        foreach (var id in new[] { "P1", "P2", "P3", "P4a", "P4b", "P4c", "P5" })
        {
            Assert.Matches($@"(?m)^  {id}\s+\S", text);
        }

        Assert.Matches(@"P1 .*rows/s .*read_csv [\d,]+ rows/s .*\d\.\d\dx", text);
        Assert.Contains("slowest steps:", text, StringComparison.Ordinal);

        var markdown = await File.ReadAllTextAsync(doc);
        Assert.Contains("## Figures", markdown, StringComparison.Ordinal);
        Assert.Contains("logical cores", markdown, StringComparison.Ordinal);
        Assert.Matches(@"\| P1 \| order-line ETL, [\d,]+ order lines in \d+ files \| [\d,]+ rows/s", markdown);
        Assert.Matches(@"\| P3 \| 3 files of 100 lines", markdown);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(markdown[markdown.IndexOf("## The five slowest steps", StringComparison.Ordinal)..], @"(?m)^\| (?!step|---)"));
        Assert.Empty(parent.EnumerateFileSystemInfos());
    }

    [Fact]
    public async Task Benchmark_SizeOutOfRange_ExitsConfiguration_BeforeGenerating()
    {
        var parent = Directory.CreateDirectory(Path.Combine(_workspace.Paths.Root, "scratch-parent"));
        var (code, _) = await RunAsync("benchmark", "--snapshot-months", "1", "--scratch", parent.FullName);
        Assert.Equal(ExitCodes.Configuration, code);
        Assert.Empty(parent.EnumerateFileSystemInfos());
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] verb)
    {
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            var code = await CrmInsightsCli.Create().Parse([.. verb, "--workspace", _workspace.Paths.Root]).InvokeAsync();
            return (code, output.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    public void Dispose() => _workspace.Dispose();
}
