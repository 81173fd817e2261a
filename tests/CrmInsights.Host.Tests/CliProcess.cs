using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace CrmInsights.Host.Tests;

/// <summary>
/// The built <c>crm-insights</c> executable (copied beside the tests) as a child process with its output captured
/// line by line, for tests that must see what a user sees: exit codes, what is printed, signals.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private CliProcess(Process process) => _process = process;

    /// <summary>Files in the inbox are taken at once (Etl:StableFor 0), for tests that drop files and run straight away.</summary>
    public static readonly IReadOnlyDictionary<string, string> TakeAtOnce = new Dictionary<string, string> { ["CRMINSIGHTS_Etl__StableFor"] = "00:00:00" };

    public static string Executable => Path.Combine(AppContext.BaseDirectory, "crm-insights");

    /// <summary>Everything printed so far; standard error lines start with "stderr: ".</summary>
    public string Output => string.Join('\n', _lines);

    public bool HasExited => _process.HasExited;

    public static CliProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(Executable, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["CRMINSIGHTS_Scheduler__IncludeBuiltInSchedules"] = "false";
        // The test's own workspace and engine only: never one the developer's shell names.
        info.Environment.Remove("CRMINSIGHTS_WORKSPACE");
        info.Environment.Remove("ConnectionStrings__Warehouse");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        var cli = new CliProcess(new Process { StartInfo = info });
        cli._process.OutputDataReceived += (_, e) => { if (e.Data is not null) { cli._lines.Enqueue(e.Data); } };
        cli._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { cli._lines.Enqueue("stderr: " + e.Data); } };
        cli._process.Start();
        cli._process.BeginOutputReadLine();
        cli._process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Runs to the end (at most <paramref name="timeout"/>, default 90 s) and returns the exit code and everything printed.</summary>
    public static async Task<(int Code, string Output)> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        using var cli = Start(arguments, environment);
        var code = await cli.WaitForExitAsync(timeout ?? TimeSpan.FromSeconds(90));
        return (code, cli.Output);
    }

    public async Task WaitForOutputAsync(string fragment, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!_lines.Any(l => l.Contains(fragment, StringComparison.Ordinal)))
        {
            if (_process.HasExited)
            {
                Assert.Fail($"crm-insights exited ({_process.ExitCode}) before '{fragment}':\n{Output}");
            }
            Assert.True(DateTime.UtcNow < deadline, $"no '{fragment}' within {timeout}:\n{Output}");
            await Task.Delay(50);
        }
    }

    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>SIGKILL (Process.Kill sends SIGKILL on Unix): no handler runs, nothing is flushed or rolled back.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }
        await _process.WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            // Say what it was doing, not just that the wait was cancelled.
            Assert.Fail($"crm-insights did not exit within {timeout}; it printed:\n{string.Join('\n', _lines.TakeLast(40))}");
        }

        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
