using System.Diagnostics;
using System.Globalization;

namespace CrmInsights.Host.Commands.Benchmark;

/// <summary>
/// Peak resident set size of one phase of the benchmark. On Linux the kernel's high-water mark (VmHWM) is reset
/// before each phase by writing 5 to /proc/self/clear_refs, so each phase's peak is its own (generation and earlier
/// phases excluded). Elsewhere only the whole process's peak working set exists, and <see cref="PhaseScoped"/> says so.
/// </summary>
internal static class PeakMemory
{
    private const string ClearRefs = "/proc/self/clear_refs";
    private const string Status = "/proc/self/status";

    /// <summary>True when <see cref="Reset"/> really starts a new peak (Linux).</summary>
    public static bool PhaseScoped { get; } = OperatingSystem.IsLinux() && File.Exists(ClearRefs);

    /// <summary>Starts a new phase: the next <see cref="ReadBytes"/> is the peak from now on (where the OS allows it).</summary>
    public static void Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (PhaseScoped)
        {
            try
            {
                File.WriteAllText(ClearRefs, "5");
            }
            catch (IOException)
            {
                // A kernel that refuses the reset leaves the process-wide peak, which only over-states the phase's.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>Peak resident bytes since the last <see cref="Reset"/> (Linux) or since the process started.</summary>
    public static long ReadBytes()
    {
        if (PhaseScoped)
        {
            foreach (var line in File.ReadLines(Status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}
