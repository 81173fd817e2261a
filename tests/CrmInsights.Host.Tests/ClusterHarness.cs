using System.Collections.Concurrent;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.Locking;
using CrmInsights.Host.Scheduling.Service;
using CrmInsights.Host.Scheduling.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CrmInsights.Host.Tests;

/// <summary>
/// Service nodes in one process sharing one workspace (DuckDB warehouse, job history, lock files) and one
/// clustered Quartz store on SQLite (<see cref="SqliteClusterStore"/>), with second-level cluster timings.
/// </summary>
internal static class ClusterHarness
{
    public static IHost Node(TestWorkspace workspace, string schedulerName, Action<IServiceCollection> work, params (string Key, string Value)[] settings) =>
        SchedulerServiceHost.Build(workspace.Paths, workspace.Configuration(
            [("Scheduler:SchedulerName", schedulerName),
             ("Scheduler:ClusterCheckinInterval", "00:00:01"),
             ("Scheduler:ClusterCheckinMisfireThreshold", "00:00:01"),
             .. settings]),
            work, SqliteClusterStore.At(Path.Combine(workspace.Paths.Root, "quartz.sqlite")));

    /// <summary>A node whose "test" work is <see cref="RecordingWork"/> writing to <paramref name="log"/>.</summary>
    public static IHost RecordingNode(TestWorkspace workspace, string schedulerName, WorkLog log, params (string Key, string Value)[] settings) =>
        Node(workspace, schedulerName, services =>
        {
            services.AddSingleton(log);
            services.AddScheduledWork<RecordingWork>("test");
        }, settings);

    public static async Task<IScheduler> SchedulerOf(IHost node) =>
        await node.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
}

/// <summary>What a node that dies mid-run was doing.</summary>
internal sealed class CrashProbe
{
    public TaskCompletionSource<DateTimeOffset> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Never completed: a dead process does nothing more.</summary>
    public TaskCompletionSource Never { get; } = new();
}

/// <summary>Work of a node about to die: signals its slot, then neither returns nor heeds cancellation (no end is ever recorded).</summary>
internal sealed class HangingWork(CrashProbe probe) : IScheduledWork
{
    public async Task<WorkOutcome> RunAsync(ScheduleDefinition schedule, DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        probe.Started.TrySetResult(scheduledFor);
        await probe.Never.Task;
        return WorkOutcome.Success();
    }
}

/// <summary>The node's per-job lock files, which the operating system would drop when the process dies; <see cref="Crash"/> drops them.</summary>
internal sealed class CrashableLock(IWarehouseLock inner) : IWarehouseLock
{
    private readonly ConcurrentBag<IAsyncDisposable> _held = [];

    public async Task<IAsyncDisposable?> TryAcquireAsync(string resource, TimeSpan wait, CancellationToken cancellationToken)
    {
        var held = await inner.TryAcquireAsync(resource, wait, cancellationToken);
        if (held is not null)
        {
            _held.Add(held);
        }
        return held;
    }

    public async Task Crash()
    {
        foreach (var held in _held)
        {
            await held.DisposeAsync();
        }
    }
}
