using System.Diagnostics;
using CrmInsights.Host.Scheduling.History;
using Microsoft.Extensions.DependencyInjection;
using CrmInsights.Host.Scheduling.Running;
using Microsoft.Extensions.Hosting;

namespace CrmInsights.Host.Tests;

/// <summary>The real scheduler (Quartz under the generic host) with second-level schedules.</summary>
public sealed class SchedulerTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();
    private readonly WorkLog _log = new();

    private static DateTimeOffset TopOfHour(DateTimeOffset t) => new(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EverySecondSchedule_Fires_AndRecordsEachRun()
    {
        _workspace.WriteSchedules("t.json", SchedulerHarness.Schedule("tick", "test", "\"cron\": \"* * * * * ?\""));
        using var host = SchedulerHarness.Build(_workspace, _log);
        await host.StartAsync();
        await SchedulerHarness.WaitUntilAsync(() => _log.Count("tick") >= 3, TimeSpan.FromSeconds(10));
        await host.StopAsync();

        var runs = await _workspace.History().RunsAsync("tick", default);
        Assert.True(runs.Count(r => r.Status == JobRunStatus.Succeeded) >= 3);
        Assert.DoesNotContain(runs, r => r.Status == JobRunStatus.Running);
        Assert.All(runs, r => Assert.Equal(0, r.ScheduledFor.Millisecond)); // cron slots, whole seconds
        Assert.True(File.Exists(Scheduling.Service.Heartbeat.PathIn(_workspace.Paths)));
        Assert.Equal("stopped", Scheduling.Service.Heartbeat.ReadFrom(_workspace.Paths)!.State);
    }

    [Fact]
    public async Task SlowJobEverySecond_OnTwoNodes_NeverOverlapsItself()
    {
        _log.Duration = TimeSpan.FromMilliseconds(1300);
        _workspace.WriteSchedules("t.json", SchedulerHarness.Schedule("slow", "test", "\"cron\": \"* * * * * ?\""));
        // Two service instances on one workspace stand in for two nodes: Quartz's rule covers each, the warehouse lock covers both.
        using var node1 = SchedulerHarness.Build(_workspace, _log);
        using var node2 = SchedulerHarness.Build(_workspace, _log);
        await Task.WhenAll(node1.StartAsync(), node2.StartAsync());
        await SchedulerHarness.WaitUntilAsync(() => _log.Count("slow") >= 3, TimeSpan.FromSeconds(15));
        await Task.WhenAll(node1.StopAsync(), node2.StopAsync());

        var runs = _log.Entries.Where(e => e.Job == "slow").OrderBy(e => e.Start).ToList();
        foreach (var (previous, next) in runs.Zip(runs.Skip(1)))
        {
            Assert.True(next.Start >= previous.End, $"run started {next.Start:HH:mm:ss.fff} before the previous ended {previous.End:HH:mm:ss.fff}");
        }
        var history = await _workspace.History().RunsAsync("slow", default);
        Assert.Contains(history, r => r.Status == JobRunStatus.Skipped); // the other node found the lock held
    }

    [Fact]
    public async Task MissedSlot_IsCaughtUpOnceAfterRestart_AndNotAgain()
    {
        var now = DateTimeOffset.UtcNow;
        var missed = TopOfHour(now);
        _workspace.WriteSchedules("t.json", SchedulerHarness.Schedule("hourly", "test", "\"cron\": \"0 0 * * * ?\""));
        // The service ran the slot before (so the job is known), then was down when `missed` passed.
        var history = _workspace.History();
        var earlier = new JobRunRecord(Guid.NewGuid(), "hourly", missed.AddHours(-1), missed.AddHours(-1), null, JobRunStatus.Running, 1, null, RunKind.Scheduled, JobRunner.Node);
        await history.StartAsync(earlier, default);
        await history.FinishAsync(earlier.RunId, JobRunStatus.Succeeded, missed.AddHours(-1).AddMinutes(1), null, default);

        await RunHostAsync(TimeSpan.FromSeconds(1), () => _log.Count("hourly") >= 1);
        Assert.Equal([missed], _log.Entries.Select(e => e.ScheduledFor).ToArray());

        await RunHostAsync(TimeSpan.FromSeconds(1.5), null);
        Assert.Single(_log.Entries); // the second restart finds the slot done

        var catchUps = (await history.RunsAsync("hourly", default)).Where(r => r.RunKind == RunKind.CatchUp).ToList();
        Assert.Equal(missed, Assert.Single(catchUps).ScheduledFor);
        Assert.Equal(JobRunStatus.Succeeded, catchUps[0].Status);
    }

    [Fact]
    public async Task ReportPeriodsNeverSent_AreEachSentOnce_OldestFirst()
    {
        var now = DateTimeOffset.UtcNow;
        var since = now.AddHours(-3).AddSeconds(1);
        _workspace.WriteSchedules("t.json", SchedulerHarness.Schedule("pack", "test", "\"cron\": \"0 0 * * * ?\"",
            $", \"catchUp\": \"all\", \"catchUpSince\": \"{since:O}\""));

        await RunHostAsync(TimeSpan.FromSeconds(1), () => _log.Count("pack") >= 3);
        var top = TopOfHour(now);
        Assert.Equal([top.AddHours(-2), top.AddHours(-1), top], _log.Entries.Select(e => e.ScheduledFor).ToArray());

        await RunHostAsync(TimeSpan.FromSeconds(1.5), null);
        Assert.Equal(3, _log.Count("pack"));
    }

    [Fact]
    public async Task StopDuringLoad_CancelsAfterGrace_RollsBackAndRecordsCancelled()
    {
        _workspace.WriteSchedules("t.json", SchedulerHarness.Schedule("load", "load", "\"cron\": \"* * * * * ?\""));
        using var host = SchedulerHarness.Build(_workspace, _log, ("Scheduler:StopGrace", "00:00:00.5"), ("Scheduler:ShutdownTimeout", "00:00:05"));
        var probe = host.Services.GetRequiredService<LoadProbe>();
        probe.Rows = 100; // 10 s: cannot finish within the grace
        await host.StartAsync();
        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var stopwatch = Stopwatch.StartNew();
        await host.StopAsync();
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"stop took {stopwatch.Elapsed}");

        Assert.Equal(0L, CountLoadedRows());
        var runs = await _workspace.History().RunsAsync("load", default);
        Assert.Equal(JobRunStatus.Cancelled, Assert.Single(runs).Status);
    }

    [Fact]
    public async Task StopDuringShortLoad_LetsItFinishWithinGrace()
    {
        _workspace.WriteSchedules("t.json", SchedulerHarness.Schedule("load", "load", "\"cron\": \"* * * * * ?\""));
        using var host = SchedulerHarness.Build(_workspace, _log, ("Scheduler:StopGrace", "00:00:05"), ("Scheduler:ShutdownTimeout", "00:00:10"));
        var probe = host.Services.GetRequiredService<LoadProbe>();
        probe.Rows = 10; // 1 s
        await host.StartAsync();
        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await host.StopAsync();

        Assert.Equal(10L, CountLoadedRows());
        var runs = await _workspace.History().RunsAsync("load", default);
        Assert.Equal(JobRunStatus.Succeeded, Assert.Single(runs).Status);
    }

    [Fact]
    public async Task FailingWork_IsRetriedWithBackoff_EveryAttemptRecorded()
    {
        _log.FailuresBeforeSuccess = 2;
        _workspace.WriteSchedules("t.json", """
            { "schedules": [ { "name": "flaky", "kind": "test", "cron": "0 0 0 1 1 ? 2099", "timeZone": "UTC",
              "retry": { "maxAttempts": 3, "initialBackoff": "00:00:00.2" } } ] }
            """);
        using var host = SchedulerHarness.Build(_workspace, _log);
        var runner = host.Services.GetRequiredService<JobRunner>();
        var schedule = host.Services.GetRequiredService<Scheduling.Definitions.ScheduleSet>().Get("flaky");
        var slot = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(JobRunStatus.Succeeded, await runner.RunAsync(schedule, slot, RunKind.Scheduled, default));

        var runs = await _workspace.History().RunsAsync("flaky", default);
        Assert.Equal([(1, "failed"), (2, "failed"), (3, "succeeded")], runs.Select(r => (r.Attempt, r.Status)).ToArray());
        Assert.Equal("planned failure 1", runs[0].Error);
        var entries = _log.Entries.ToList();
        Assert.True(entries[1].Start - entries[0].End >= TimeSpan.FromMilliseconds(190));
        Assert.True(entries[2].Start - entries[1].End >= TimeSpan.FromMilliseconds(390));
    }

    [Fact]
    public async Task FailingWork_RetriesExhausted_EndsFailed()
    {
        _log.FailuresBeforeSuccess = 10;
        _workspace.WriteSchedules("t.json", """
            { "schedules": [ { "name": "broken", "kind": "test", "cron": "0 0 0 1 1 ? 2099", "timeZone": "UTC",
              "retry": { "maxAttempts": 2, "initialBackoff": "00:00:00" } } ] }
            """);
        using var host = SchedulerHarness.Build(_workspace, _log);
        var runner = host.Services.GetRequiredService<JobRunner>();
        var schedule = host.Services.GetRequiredService<Scheduling.Definitions.ScheduleSet>().Get("broken");

        Assert.Equal(JobRunStatus.Failed, await runner.RunAsync(schedule, DateTimeOffset.UnixEpoch, RunKind.Scheduled, default));
        Assert.Equal(2, (await _workspace.History().RunsAsync("broken", default)).Count(r => r.Status == JobRunStatus.Failed));
    }

    [Fact]
    public async Task RunAsync_SlotAlreadySucceeded_RecordsSkippedAndDoesNotRunTheWork()
    {
        _workspace.WriteSchedules("t.json", SchedulerHarness.Schedule("once", "test", "\"cron\": \"0 0 0 1 1 ? 2099\""));
        using var host = SchedulerHarness.Build(_workspace, _log);
        var runner = host.Services.GetRequiredService<JobRunner>();
        var schedule = host.Services.GetRequiredService<Scheduling.Definitions.ScheduleSet>().Get("once");
        var slot = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(JobRunStatus.Succeeded, await runner.RunAsync(schedule, slot, RunKind.CatchUp, default));
        Assert.Equal(JobRunStatus.Skipped, await runner.RunAsync(schedule, slot, RunKind.Recovery, default));

        Assert.Equal(1, _log.Count("once"));
        var runs = await _workspace.History().RunsAsync("once", default);
        Assert.Equal([JobRunStatus.Succeeded, JobRunStatus.Skipped], runs.Select(r => r.Status).ToArray());
        Assert.Contains("already succeeded", runs[1].Error);
    }

    private async Task RunHostAsync(TimeSpan settle, Func<bool>? until)
    {
        using var host = SchedulerHarness.Build(_workspace, _log);
        await host.StartAsync();
        if (until is not null)
        {
            // A generous limit: the wait ends as soon as the condition holds, and a loaded CI machine is slow to start hosts.
            await SchedulerHarness.WaitUntilAsync(until, TimeSpan.FromSeconds(30));
        }
        await Task.Delay(settle);
        await host.StopAsync();
    }

    private long CountLoadedRows()
    {
        using var connection = _workspace.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM test_load";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _workspace.Dispose();
}
