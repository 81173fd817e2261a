using System.Globalization;

namespace CrmInsights.Host.Tests;

/// <summary>Which signals this test process ignores (Linux: the SigIgn mask of /proc/self/status), for tests that send them to a child.</summary>
internal static class SignalDisposition
{
    private const int SigInt = 2;

    /// <summary>True when SIGINT is ignored here, so a child started from this process ignores it too.</summary>
    public static bool IgnoresSigint()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return false;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var mask)
            && (mask & (1UL << (SigInt - 1))) != 0;
    }
}
