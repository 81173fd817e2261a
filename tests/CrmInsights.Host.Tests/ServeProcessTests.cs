using System.Collections.Concurrent;
using System.Diagnostics;
using CrmInsights.Host.Scheduling.History;

namespace CrmInsights.Host.Tests;

/// <summary>
/// <c>crm-insights serve</c> as a real child process: SIGTERM mid-run, SIGKILL mid-run, restarts.
/// The job is the shipped <c>probe</c> kind holding its warehouse transaction for 3 s, so a stop
/// always lands mid-run.
/// </summary>
public sealed class ServeProcessTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    [SkippableFact]
    public async Task Serve_SigtermMidRun_ExitsZeroCancelled_KillLeavesRunMarkedInterrupted_RestartRunsAgain()
    {
        Skip.If(OperatingSystem.IsWindows(), "SIGTERM delivery is POSIX; Windows services stop through the service control manager.");
        _workspace.WriteSchedules("probe.json", """
            { "schedules": [ { "name": "probe", "kind": "probe", "parameters": { "holdSeconds": 3 },
              "cron": "0/2 * * * * ?", "timeZone": "UTC", "retry": { "maxAttempts": 1, "initialBackoff": "00:00:00" } } ] }
            """);

        // 1. SIGTERM while the probe runs: clean exit 0 within the bound, the run recorded as cancelled.
        using (var serve = ServeProcess.Start(_workspace))
        {
            await serve.WaitForOutputAsync("Run of probe (probe)", TimeSpan.FromSeconds(20));
            var stopwatch = Stopwatch.StartNew();
            await serve.SignalAsync("TERM");
            Assert.Equal(0, await serve.WaitForExitAsync(TimeSpan.FromSeconds(15)));
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(8), $"stop took {stopwatch.Elapsed}; bound is ShutdownTimeout 8 s");
            Assert.Contains("ended cancelled", serve.Output, StringComparison.Ordinal);
        }
        var afterTerm = await _workspace.History().RunsAsync("probe", default);
        Assert.Contains(afterTerm, r => r.Status == JobRunStatus.Cancelled);
        Assert.DoesNotContain(afterTerm, r => r.Status == JobRunStatus.Running);
        Assert.Equal("stopped", Scheduling.Service.Heartbeat.ReadFrom(_workspace.Paths)!.State);

        // 2. SIGKILL mid-run: nothing can record the end, the row stays 'running'.
        using (var serve = ServeProcess.Start(_workspace))
        {
            await serve.WaitForOutputAsync("Run of probe (probe)", TimeSpan.FromSeconds(20));
            await serve.SignalAsync("KILL");
            await serve.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }
        var dangling = Assert.Single(await _workspace.History().RunsAsync("probe", default), r => r.Status == JobRunStatus.Running);

        // 3. Restart: the dangling row becomes 'interrupted', the probe runs again and a run succeeds.
        using (var serve = ServeProcess.Start(_workspace))
        {
            await serve.WaitForOutputAsync("ended succeeded", TimeSpan.FromSeconds(20));
            await serve.SignalAsync("TERM");
            Assert.Equal(0, await serve.WaitForExitAsync(TimeSpan.FromSeconds(15)));
            Assert.Contains("as 'interrupted'", serve.Output, StringComparison.Ordinal);
        }
        var final = await _workspace.History().RunsAsync("probe", default);
        Assert.Equal(JobRunStatus.Interrupted, final.Single(r => r.RunId == dangling.RunId).Status);
        Assert.Contains(final, r => r.Status == JobRunStatus.Succeeded && r.StartedAt > dangling.StartedAt);
        Assert.DoesNotContain(final, r => r.Status == JobRunStatus.Running);
    }

    public void Dispose() => _workspace.Dispose();

    /// <summary>The built <c>crm-insights</c> executable (copied beside the tests) running <c>serve</c>.</summary>
    private sealed class ServeProcess : IDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _lines = new();

        private ServeProcess(Process process) => _process = process;

        public string Output => string.Join('\n', _lines);

        public static ServeProcess Start(TestWorkspace workspace)
        {
            var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "crm-insights"), ["serve", "--workspace", workspace.Paths.Root])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.Environment["CRMINSIGHTS_Scheduler__IncludeBuiltInSchedules"] = "false";
            info.Environment["CRMINSIGHTS_Scheduler__StopGrace"] = "00:00:01";
            info.Environment["CRMINSIGHTS_Scheduler__ShutdownTimeout"] = "00:00:08";
            info.Environment["CRMINSIGHTS_Scheduler__HeartbeatInterval"] = "00:00:01";
            var serve = new ServeProcess(new Process { StartInfo = info });
            serve._process.OutputDataReceived += (_, e) => { if (e.Data is not null) { serve._lines.Enqueue(e.Data); } };
            serve._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { serve._lines.Enqueue("stderr: " + e.Data); } };
            serve._process.Start();
            serve._process.BeginOutputReadLine();
            serve._process.BeginErrorReadLine();
            return serve;
        }

        public async Task WaitForOutputAsync(string fragment, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (!_lines.Any(l => l.Contains(fragment, StringComparison.Ordinal)))
            {
                if (_process.HasExited)
                {
                    Assert.Fail($"serve exited ({_process.ExitCode}) before '{fragment}':\n{Output}");
                }
                Assert.True(DateTime.UtcNow < deadline, $"no '{fragment}' within {timeout}:\n{Output}");
                await Task.Delay(50);
            }
        }

        public async Task SignalAsync(string signal)
        {
            using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }

        public async Task<int> WaitForExitAsync(TimeSpan timeout)
        {
            using var cts = new CancellationTokenSource(timeout);
            await _process.WaitForExitAsync(cts.Token);
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
}
