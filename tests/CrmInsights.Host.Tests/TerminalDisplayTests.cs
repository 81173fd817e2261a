using System.Diagnostics;
using System.Text.RegularExpressions;
using CrmInsights.Host.Cli;

namespace CrmInsights.Host.Tests;

/// <summary>
/// <c>etl run</c> in a real terminal (tmux): the live progress display and the log lines never tear each other. The pane is
/// captured many times during the run; every captured line must be whole: a log line starts at the left margin, no line
/// is a fragment after a cursor jump, and no line mixes the progress bar with log text.
/// </summary>
public sealed partial class TerminalDisplayTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();
    private readonly string _socket = "crmi-" + Guid.NewGuid().ToString("N")[..12];

    [SkippableFact]
    public async Task EtlRun_InATerminal_LiveDisplayAndLogLinesNeverTear()
    {
        Skip.If(OperatingSystem.IsWindows(), "tmux is a POSIX terminal multiplexer.");
        Skip.If(!TmuxAvailable(), "tmux is not installed (scripts/setup.sh installs it).");
        var root = _workspace.Paths.Root;
        // A few hundred small daily files, some of them bad (quarantine warnings are written while the display is shown).
        var (generated, output) = await CliProcess.RunAsync(["demo", "generate", "--customers", "30", "--months", "3", "--drop", "day", "--dirty", "0.05", "--workspace", root]);
        Assert.True(generated == ExitCodes.Success, output);
        var files = Directory.GetFiles(Path.Combine(root, "inbox"), "*", SearchOption.AllDirectories).Length;
        Assert.InRange(files, 150, 1000);

        var exitFile = Path.Combine(root, "exit-code");
        var command = $"env -u CI '{CliProcess.Executable}' etl run --workspace '{root}'; echo $? > '{exitFile}'; sleep 60";
        Tmux("new-session", "-d", "-s", "etl", "-x", "110", "-y", "30", command);
        var screens = new List<string>();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        while (!File.Exists(exitFile) || new FileInfo(exitFile).Length == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "etl run did not finish within 4 minutes:\n" + screens.LastOrDefault());
            screens.Add(Tmux("capture-pane", "-p", "-J", "-t", "etl"));
            await Task.Delay(200);
        }
        screens.Add(Tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "etl"));
        var final = screens[^1];

        Assert.Equal("0", File.ReadAllText(exitFile).Trim());
        Assert.Contains(screens, s => s.Contains('━', StringComparison.Ordinal)); // the live display was shown
        // Warnings (quarantines, reject-rate checks) start at the left margin, above the display.
        Assert.Matches(@"(?m)^\d\d:\d\d:\d\d warn: CrmInsights\.Etl\.", final);
        Assert.Matches(@"(?m)^batches: \d+ loaded", final);
        Assert.DoesNotContain(" info: ", final, StringComparison.Ordinal); // per-file lines are summarised, not printed
        foreach (var screen in screens)
        {
            foreach (var line in screen.Split('\n'))
            {
                Assert.False(IsTorn(line), $"torn line: [{line}]\nin screen:\n{screen}");
            }
        }
    }

    private static bool IsTorn(string line) =>
        LogHeaderInside().IsMatch(line)
        || LeadingGap().IsMatch(line)
        || (line.Contains('━', StringComparison.Ordinal) && LogHeaderAnywhere().IsMatch(line));

    [GeneratedRegex(@"\S.*\b\d\d:\d\d:\d\d (trce|dbug|info|warn|fail|crit): ")]
    private static partial Regex LogHeaderInside();

    [GeneratedRegex(@"^\s{20,}\S")]
    private static partial Regex LeadingGap();

    [GeneratedRegex(@"\b(trce|dbug|info|warn|fail|crit): ")]
    private static partial Regex LogHeaderAnywhere();

    private static bool TmuxAvailable()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("tmux", "-V") { RedirectStandardOutput = true, UseShellExecute = false })!;
            probe.WaitForExit();
            return probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private string Tmux(params string[] arguments)
    {
        var info = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-L", _socket, .. arguments])
        {
            info.ArgumentList.Add(argument);
        }
        using var tmux = Process.Start(info)!;
        var text = tmux.StandardOutput.ReadToEnd();
        var error = tmux.StandardError.ReadToEnd();
        tmux.WaitForExit();
        Assert.True(tmux.ExitCode == 0, $"tmux {string.Join(' ', arguments)}: {error}");
        return text;
    }

    public void Dispose()
    {
        try
        {
            using var kill = Process.Start(new ProcessStartInfo("tmux", ["-L", _socket, "kill-server"]) { UseShellExecute = false, RedirectStandardError = true });
            kill?.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No tmux: nothing was started.
        }
        _workspace.Dispose();
    }
}
