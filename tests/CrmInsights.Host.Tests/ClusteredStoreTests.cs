using CrmInsights.Host.Scheduling.History;
using CrmInsights.Host.Scheduling.Locking;
using CrmInsights.Host.Scheduling.Running;
using CrmInsights.Host.Scheduling.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using JobRunStatus = CrmInsights.Host.Scheduling.History.JobRunStatus;

namespace CrmInsights.Host.Tests;

/// <summary>
/// OUR bootstrap, catch-up and recovery rules on a persistent, clustered Quartz store shared by two
/// service nodes (two hosts in this process, one SQLite file: <see cref="SqliteClusterStore"/>). They show
/// what the service does on a shared store; they do not show that SQL Server's store behaves the same
/// (the live tests in CrmInsights.Warehouse.LiveTests run two nodes on the deployed dacpac for that).
/// </summary>
public sealed class ClusteredStoreTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();
    private readonly WorkLog _log = new();
    private readonly string _cluster = "cluster-" + Guid.NewGuid().ToString("N");
    private readonly List<IHost> _abandoned = [];

    [Fact]
    public async Task TwoNodes_EverySecondSchedule_RunEachSlotOnceAndNeverOverlap()
    {
        _log.Duration = TimeSpan.FromMilliseconds(300);
        _workspace.WriteSchedules("t.json", SchedulerHarness.Schedule("tick", "test", "\"cron\": \"* * * * * ?\""));
        using var node1 = ClusterHarness.RecordingNode(_workspace, _cluster, _log);
        using var node2 = ClusterHarness.RecordingNode(_workspace, _cluster, _log);
        await node1.StartAsync();
        await node2.StartAsync();
        await SchedulerHarness.WaitUntilAsync(() => _log.Count("tick") >= 6, TimeSpan.FromSeconds(30));
        await Task.WhenAll(node1.StopAsync(), node2.StopAsync());

        var entries = _log.Entries.OrderBy(e => e.Start).ToList();
        foreach (var (previous, next) in entries.Zip(entries.Skip(1)))
        {
            Assert.True(next.Start >= previous.End, $"run started {next.Start:HH:mm:ss.fff} before the previous ended {previous.End:HH:mm:ss.fff}");
        }
        var succeeded = (await _workspace.History().RunsAsync("tick", default)).Where(r => r.Status == JobRunStatus.Succeeded).Select(r => r.ScheduledFor).Order().ToList();
        Assert.Equal(succeeded.Count, succeeded.Distinct().Count()); // no slot twice
        Assert.All(succeeded.Zip(succeeded.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(1), pair.Second - pair.First)); // none left out
        Assert.True(succeeded.Count >= 6);
    }

    [Fact]
    public async Task NodeRestart_KeepsOneJobAndTriggerPerSchedule_ReplacesOnlyChangedTriggersAndDropsRemovedJobs()
    {
        _workspace.WriteSchedules("t.json", """
            { "schedules": [
              { "name": "keep", "kind": "test", "cron": "0 0 0 1 1 ? 2099", "timeZone": "UTC" },
              { "name": "drop", "kind": "test", "cron": "0 0 0 1 1 ? 2099", "timeZone": "UTC" } ] }
            """);
        using var node1 = ClusterHarness.RecordingNode(_workspace, _cluster, _log);
        await node1.StartAsync();
        var scheduler = await ClusterHarness.SchedulerOf(node1);
        var first = await scheduler.GetTrigger(new TriggerKey("keep.cron", Triggers.Group));
        Assert.NotNull(first);

        // Node 2 starts, then restarts: same schedules, so nothing is added, doubled or replaced.
        using (var node2 = ClusterHarness.RecordingNode(_workspace, _cluster, _log))
        {
            await node2.StartAsync();
            await node2.StopAsync();
        }
        using (var node2 = ClusterHarness.RecordingNode(_workspace, _cluster, _log))
        {
            await node2.StartAsync();
            await node2.StopAsync();
        }
        Assert.Equal(["drop", "keep"], (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Triggers.Group))).Select(k => k.Name).Order());
        var triggers = await scheduler.GetTriggersOfJob(new JobKey("keep", Triggers.Group));
        Assert.Equal("keep.cron", Assert.Single(triggers).Key.Name);
        Assert.Equal(first.StartTimeUtc, triggers[0].StartTimeUtc); // the same trigger, not a replacement

        // A node starts with "keep" changed and "drop" removed: the trigger is replaced, the job deleted.
        _workspace.WriteSchedules("t.json", """
            { "schedules": [ { "name": "keep", "kind": "test", "cron": "0 0 0 2 1 ? 2099", "timeZone": "UTC" } ] }
            """);
        using (var node2 = ClusterHarness.RecordingNode(_workspace, _cluster, _log))
        {
            await node2.StartAsync();
            await node2.StopAsync();
        }
        Assert.Equal(["keep"], (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Triggers.Group))).Select(k => k.Name));
        var replaced = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(new JobKey("keep", Triggers.Group))));
        Assert.Equal("0 0 0 2 1 ? 2099", replaced.CronExpressionString);
        await node1.StopAsync();
    }

    [Fact]
    public async Task MissedReportPeriod_BothNodesStartTogether_CaughtUpExactlyOnce()
    {
        var now = DateTimeOffset.UtcNow;
        var missed = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        _workspace.WriteSchedules("t.json", SchedulerHarness.Schedule("pack", "test", "\"cron\": \"0 0 * * * ?\"", ", \"catchUp\": \"all\""));
        // The period before was sent; the service was down when `missed` passed.
        var history = _workspace.History();
        var earlier = new JobRunRecord(Guid.NewGuid(), "pack", missed.AddHours(-1), missed.AddHours(-1), null, JobRunStatus.Running, 1, null, RunKind.Scheduled, JobRunner.Node);
        await history.StartAsync(earlier, default);
        await history.FinishAsync(earlier.RunId, JobRunStatus.Succeeded, missed.AddHours(-1).AddMinutes(1), null, default);

        using var node1 = ClusterHarness.RecordingNode(_workspace, _cluster, _log);
        using var node2 = ClusterHarness.RecordingNode(_workspace, _cluster, _log);
        await Task.WhenAll(node1.StartAsync(), node2.StartAsync());
        await SchedulerHarness.WaitUntilAsync(() => _log.Count("pack") >= 1, TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(2));
        await Task.WhenAll(node1.StopAsync(), node2.StopAsync());

        Assert.Equal([missed], _log.Entries.Select(e => e.ScheduledFor).ToArray());
        var runs = await history.RunsAsync("pack", default);
        var sent = Assert.Single(runs, r => r.ScheduledFor == missed && r.Status == JobRunStatus.Succeeded);
        Assert.Equal(RunKind.CatchUp, sent.RunKind);
    }

    [Fact]
    public async Task NodeStoppedHardMidRun_OtherNodeRecoversTheSlot_AndItSucceedsOnce()
    {
        _workspace.WriteSchedules("t.json", SchedulerHarness.Schedule("tick", "test", "\"cron\": \"* * * * * ?\""));
        var probe = new CrashProbe();
        var locks = new CrashableLock(new FileWarehouseLock(_workspace.Paths, TimeProvider.System));
        var doomed = ClusterHarness.Node(_workspace, _cluster, services =>
        {
            services.AddSingleton(probe);
            services.AddSingleton<IWarehouseLock>(locks);
            services.AddScheduledWork<HangingWork>("test");
        });
        _abandoned.Add(doomed);
        await doomed.StartAsync();
        var slot = await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(20));

        using var survivor = ClusterHarness.RecordingNode(_workspace, _cluster, _log);
        await survivor.StartAsync();
        // The node dies: its check-ins stop, the operating system drops its lock files, its run never ends.
        await locks.Crash();
        await (await ClusterHarness.SchedulerOf(doomed)).Shutdown(waitForJobsToComplete: false);

        await SchedulerHarness.WaitUntilAsync(() => _log.Entries.Any(e => e.ScheduledFor == slot), TimeSpan.FromSeconds(30));
        await survivor.StopAsync();

        var runs = (await _workspace.History().RunsAsync("tick", default)).Where(r => r.ScheduledFor == slot).ToList();
        var recovered = Assert.Single(runs, r => r.Status == JobRunStatus.Succeeded);
        Assert.Equal(RunKind.Recovery, recovered.RunKind);
        // The dead node's attempt never finished; the recovery run, holding the job's lock, marked it interrupted.
        var others = runs.Where(r => r.RunId != recovered.RunId).ToList();
        Assert.Equal(JobRunStatus.Interrupted, Assert.Single(others, r => r.Status != JobRunStatus.Skipped).Status);
        // The survivor may also have queued a catch-up of the same slot at its start; arriving after the
        // recovery, it finds the slot done and records a skip (a slot succeeds at most once).
        Assert.All(others.Where(r => r.Status == JobRunStatus.Skipped), r => Assert.Contains("already succeeded", r.Error, StringComparison.Ordinal));
        var succeeded = (await _workspace.History().RunsAsync("tick", default)).Where(r => r.Status == JobRunStatus.Succeeded).ToList();
        Assert.Equal(succeeded.Count, succeeded.Select(r => r.ScheduledFor).Distinct().Count());
    }

    public void Dispose()
    {
        foreach (var host in _abandoned)
        {
            // The dead node's scheduler is already down; stopping its host ends the heartbeat. Its hung run stays hung.
            try
            {
                host.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(2)).Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
            }
            host.Dispose();
        }
        _workspace.Dispose();
    }
}
