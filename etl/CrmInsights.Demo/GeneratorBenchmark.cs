using System.Diagnostics;

namespace CrmInsights.Demo;

/// <summary>
/// Measures generation throughput and memory: the Host's <c>benchmark</c> verb calls it.
/// Speed and memory are reported here, never asserted in tests.
/// </summary>
public static class GeneratorBenchmark
{
    /// <summary>Generates with <paramref name="options"/> and returns rows/s, bytes/s and the peak working set.</summary>
    public static GeneratorBenchmarkResult Run(DemoOptions options, IProgress<GenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        GC.Collect();
        var gcBefore = GC.GetTotalAllocatedBytes(false);
        var summary = DemoGenerator.Generate(options, progress, cancellationToken);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return new GeneratorBenchmarkResult(
            summary,
            summary.TotalRows / Math.Max(summary.Elapsed.TotalSeconds, 1e-9),
            summary.TotalBytes / Math.Max(summary.Elapsed.TotalSeconds, 1e-9),
            self.PeakWorkingSet64,
            GC.GetGCMemoryInfo().HeapSizeBytes,
            GC.GetTotalAllocatedBytes(false) - gcBefore);
    }
}

/// <summary>Benchmark figures.</summary>
/// <param name="Summary">What was generated.</param>
/// <param name="RowsPerSecond">Rows written per second of wall time.</param>
/// <param name="BytesPerSecond">Bytes written per second of wall time.</param>
/// <param name="PeakWorkingSetBytes">Peak working set of the whole process (Process.PeakWorkingSet64).</param>
/// <param name="ManagedHeapBytesAtEnd">Managed heap size after the run (GC info).</param>
/// <param name="AllocatedBytes">Managed bytes allocated during the run.</param>
public sealed record GeneratorBenchmarkResult(
    GenerationSummary Summary, double RowsPerSecond, double BytesPerSecond, long PeakWorkingSetBytes, long ManagedHeapBytesAtEnd, long AllocatedBytes);
