using CrmInsights.Host.Scheduling.History;

namespace CrmInsights.Host.Tests;

public sealed class AdoJobHistoryTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();
    private static readonly DateTimeOffset Slot = new(2025, 6, 1, 7, 0, 0, TimeSpan.Zero);

    private static JobRunRecord Run(string job, DateTimeOffset slot, int attempt = 1, string node = "n1") =>
        new(Guid.NewGuid(), job, slot, slot.AddSeconds(attempt), null, JobRunStatus.Running, attempt, null, RunKind.Scheduled, node);

    [Fact]
    public async Task StartFinish_RoundTripsOnDuckDb()
    {
        var history = _workspace.History();
        var run = Run("etl", Slot);
        await history.StartAsync(run, default);
        Assert.False(await history.HasSucceededAsync("etl", Slot, default));
        await history.FinishAsync(run.RunId, JobRunStatus.Succeeded, Slot.AddMinutes(1), "done", default);

        Assert.True(await history.HasSucceededAsync("etl", Slot, default));
        Assert.Equal(Slot, await history.LastSucceededSlotAsync("etl", default));
        Assert.Equal(Slot, await history.FirstSlotAsync("etl", default));
        var stored = Assert.Single(await history.RunsAsync("etl", default));
        Assert.Equal(run with { Status = JobRunStatus.Succeeded, FinishedAt = Slot.AddMinutes(1), Error = "done" }, stored);
    }

    [Fact]
    public async Task MarkAbandoned_RunningRowsOfTheJob_BecomeInterrupted_OthersUntouched()
    {
        var history = _workspace.History();
        var dead = Run("etl", Slot, node: "n1");
        var otherJob = Run("report", Slot, node: "n1");
        var done = Run("etl", Slot.AddHours(-1), node: "n2");
        await history.StartAsync(dead, default);
        await history.StartAsync(otherJob, default);
        await history.StartAsync(done, default);
        await history.FinishAsync(done.RunId, JobRunStatus.Succeeded, Slot, null, default);

        Assert.Equal(1, await history.MarkAbandonedAsync("etl", Slot.AddMinutes(5), default));

        var etl = await history.RunsAsync("etl", default);
        Assert.Equal(JobRunStatus.Interrupted, etl.Single(r => r.RunId == dead.RunId).Status);
        Assert.Equal(JobRunStatus.Succeeded, etl.Single(r => r.RunId == done.RunId).Status);
        Assert.Equal(JobRunStatus.Running, Assert.Single(await history.RunsAsync("report", default)).Status);
    }

    [Fact]
    public async Task LatestRuns_OneRowPerJob_TheMostRecentAttempt()
    {
        var history = _workspace.History();
        await history.StartAsync(Run("a", Slot, 1), default);
        await history.StartAsync(Run("a", Slot, 2), default);
        await history.StartAsync(Run("b", Slot, 1), default);
        var latest = await history.LatestRunsAsync(default);
        Assert.Equal([("a", 2), ("b", 1)], latest.Select(r => (r.JobName, r.Attempt)).ToArray());
    }

    [Fact]
    public async Task MarkInterrupted_OnlyThisNodesRunningRows()
    {
        var history = _workspace.History();
        var mine = Run("a", Slot);
        var other = Run("b", Slot, node: "n2");
        var finished = Run("c", Slot);
        await history.StartAsync(mine, default);
        await history.StartAsync(other, default);
        await history.StartAsync(finished, default);
        await history.FinishAsync(finished.RunId, JobRunStatus.Failed, Slot, "x", default);

        Assert.Equal(1, await history.MarkInterruptedAsync("n1", Slot.AddHours(1), default));

        Assert.Equal(JobRunStatus.Interrupted, (await history.RunsAsync("a", default))[0].Status);
        Assert.Equal(JobRunStatus.Running, (await history.RunsAsync("b", default))[0].Status);
        Assert.Equal(JobRunStatus.Failed, (await history.RunsAsync("c", default))[0].Status);
    }

    [Fact]
    public async Task Values_AreParameters_NotSql()
    {
        var history = _workspace.History();
        var hostile = "x'); DROP TABLE etl.JobRun; --";
        var run = Run(hostile, Slot);
        await history.StartAsync(run, default);
        await history.FinishAsync(run.RunId, JobRunStatus.Failed, Slot, hostile, default);
        Assert.Equal(hostile, (await history.RunsAsync(hostile, default))[0].Error);
    }

    public void Dispose() => _workspace.Dispose();
}
