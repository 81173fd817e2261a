using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Hosting.WindowsServices;
using Spectre.Console;

namespace CrmInsights.Host.Terminal;

/// <summary>
/// The one decision "is a person watching a terminal?", and the one writer of log lines there. In a terminal, log lines
/// go through Spectre.Console, which writes them above a live display (the ETL progress) instead of through it; while a
/// live display is shown only warnings and errors are written (the per-file detail is in the display and the summary).
/// Under a service manager, with output redirected or in CI, the plain console logger writes as before.
/// </summary>
internal static class TerminalOutput
{
    private static int _holds;

    /// <summary>True when standard output and error are a terminal and no service manager or CI runs us.</summary>
    public static bool IsInteractive { get; } =
        !Console.IsOutputRedirected && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 }
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal)
        && !WindowsServiceHelpers.IsWindowsService() && !SystemdHelpers.IsSystemdService();

    /// <summary>True while Information (and lower) log lines are held back: the display or the verb's summary says it.</summary>
    public static bool InformationHeld => Volatile.Read(ref _holds) > 0;

    /// <summary>Holds Information log lines back until the result is disposed (a live display, a verb's own stage lines).</summary>
    public static IDisposable HoldInformation()
    {
        Interlocked.Increment(ref _holds);
        return new Hold();
    }

    /// <summary>Writes one line through Spectre (above any live display); the parts are plain text, never markup.</summary>
    public static void WriteLine(params (string Text, Style? Style)[] parts)
    {
        var line = new Paragraph();
        foreach (var (text, style) in parts)
        {
            line.Append(Printable(text), style);
        }
        line.Append(Environment.NewLine);
        AnsiConsole.Write(line);
    }

    // Data in log lines (file names, source values) must not drive the terminal: control characters are shown escaped.
    public static string Printable(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c != '\n'))
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) && c != '\n' ? $"\\u{(int)c:x4}" : c.ToString());
        }
        return builder.ToString();
    }

    private sealed class Hold : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref _holds);
            }
        }
    }
}
