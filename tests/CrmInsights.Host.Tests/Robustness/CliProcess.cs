using System.Collections.Concurrent;
using System.Diagnostics;

namespace CrmInsights.Host.Tests.Robustness;

/// <summary>The built <c>crm-insights</c> executable (copied beside the tests) as a real child process.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private CliProcess(Process process) => _process = process;

    public string Output => string.Join('\n', _lines);

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the executable; files in the inbox are taken at once (Etl:StableFor 0).</summary>
    public static CliProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "crm-insights"), args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["CRMINSIGHTS_Etl__StableFor"] = "00:00:00";
        info.Environment.Remove("CRMINSIGHTS_WORKSPACE");
        info.Environment.Remove("ConnectionStrings__Warehouse");
        var cli = new CliProcess(new Process { StartInfo = info });
        cli._process.OutputDataReceived += (_, e) => { if (e.Data is not null) { cli._lines.Enqueue(e.Data); } };
        cli._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { cli._lines.Enqueue("stderr: " + e.Data); } };
        cli._process.Start();
        cli._process.BeginOutputReadLine();
        cli._process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Runs to the end; returns the exit code and everything printed.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(TimeSpan timeout, params string[] args)
    {
        using var cli = Start(args);
        var exit = await cli.WaitForExitAsync(timeout);
        return (exit, cli.Output);
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
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
