using System.Globalization;

namespace CrmInsights.Host.Commands.Benchmark;

/// <summary>One measured line of the benchmark table: what was measured, its figure, the reference and ratio, the target and whether it holds.</summary>
/// <param name="Id">P1..P5 (with a suffix when a target has several figures).</param>
/// <param name="Work">What ran, with its size.</param>
/// <param name="Figure">The measured figure.</param>
/// <param name="Reference">What it is compared with (empty when the target is absolute).</param>
/// <param name="Ratio">Figure ÷ reference, or figure ÷ target limit.</param>
/// <param name="Target">The target.</param>
/// <param name="Met">Whether the target holds at this size (null: the target is stated for another size and only the trend shows).</param>
internal sealed record BenchmarkLine(string Id, string Work, string Figure, string Reference, string Ratio, string Target, bool? Met)
{
    public string Verdict => Met switch { true => "met", false => "NOT met", null => "see size" };
}

/// <summary>A step's total time across the benchmark (load statements, snapshot, report), for the "slowest steps" list.</summary>
internal sealed record BenchmarkStep(string Name, TimeSpan Total, long Runs);

/// <summary>Everything one benchmark run measured.</summary>
internal sealed class BenchmarkResult
{
    public required BenchmarkSizes Sizes { get; init; }

    public required DateTime StartedUtc { get; init; }

    public List<BenchmarkLine> Lines { get; } = [];

    public List<BenchmarkStep> Steps { get; } = [];

    /// <summary>Phases that did not run, with the reason (e.g. the snapshot failed).</summary>
    public List<string> Notes { get; } = [];

    public long PeakScratchBytes { get; set; }

    public TimeSpan Elapsed { get; set; }

    public IEnumerable<BenchmarkStep> Slowest(int count) => Steps.OrderByDescending(s => s.Total).Take(count);

    public static string Seconds(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:N1} s");

    public static string Ratio(double value) => string.Create(CultureInfo.InvariantCulture, $"{value:N2}x");
}
