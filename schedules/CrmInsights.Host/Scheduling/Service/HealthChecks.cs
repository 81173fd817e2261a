using System.Data.Common;
using System.Globalization;
using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Scheduling.Service;

/// <summary>The checks behind <c>crm-insights health</c>, each a pass/fail and one line saying why.</summary>
internal static class HealthChecks
{
    private const int HeartbeatsMissedBeforeDown = 3;

    public static async Task<IReadOnlyList<(bool Ok, string Line)>> RunAsync(
        WorkspacePaths workspace, ScheduleSet schedules, IJobHistory history, SchedulerOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var results = new List<(bool, string)>();
        var heartbeat = Heartbeat.ReadFrom(workspace);
        var age = heartbeat is null ? TimeSpan.MaxValue : now - heartbeat.UpdatedAt;
        var running = heartbeat is { State: Heartbeat.Running } && age <= options.HeartbeatInterval * HeartbeatsMissedBeforeDown;
        results.Add(heartbeat is null
            ? (false, $"scheduler: no heartbeat in {Heartbeat.PathIn(workspace)}; is 'crm-insights serve' running for this workspace?")
            : (running, running
                ? $"scheduler: running on {heartbeat.Node} (pid {heartbeat.ProcessId}) since {heartbeat.StartedAt:O}, heartbeat {age.TotalSeconds:0} s ago"
                : $"scheduler: not running (state {heartbeat.State}, last heartbeat {heartbeat.UpdatedAt:O} from {heartbeat.Node} pid {heartbeat.ProcessId})"));

        IReadOnlyList<JobRunRecord> latest;
        try
        {
            latest = await ReadWithRetryAsync(history, cancellationToken);
            results.Add((true, "warehouse: reachable, job history readable"));
        }
        catch (Exception e) when (e is DbException or ExpectedFailureException)
        {
            results.Add((false, $"warehouse: job history not readable ({e.Message})"));
            return results;
        }

        var byJob = latest.ToDictionary(r => r.JobName, StringComparer.Ordinal);
        foreach (var schedule in schedules.Enabled)
        {
            results.Add(await FreshnessAsync(schedule, schedules, history, byJob.GetValueOrDefault(schedule.Name), heartbeat, options, now, cancellationToken));
        }
        return results;
    }

    private static async Task<(bool, string)> FreshnessAsync(ScheduleDefinition schedule, ScheduleSet schedules, IJobHistory history,
        JobRunRecord? last, Heartbeat? heartbeat, SchedulerOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var label = $"runs of {schedule.Name}:";
        if (last is { Status: JobRunStatus.Failed or JobRunStatus.Interrupted })
        {
            return (false, $"{label} last run {last.Status} (slot {last.ScheduledFor:O}, attempt {last.Attempt}): {last.Error}");
        }
        var due = schedules.ClockOf(schedule).LastAtOrBefore(now - options.FreshnessGrace);
        // A slot before the service started is catch-up's business (or was deliberately not caught up).
        if (due is { } slot && heartbeat is not null && slot >= heartbeat.StartedAt)
        {
            var succeeded = await history.LastSucceededSlotAsync(schedule.Name, cancellationToken);
            if (succeeded is null || succeeded < slot)
            {
                return (false, $"{label} slot {slot:O} has no successful run after the {options.FreshnessGrace.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} min grace");
            }
        }
        return (true, last is null ? $"{label} none due yet" : $"{label} last {last.Status} for slot {last.ScheduledFor:O}");
    }

    // The embedded file may be held for a moment by the service writing a history row.
    private static async Task<IReadOnlyList<JobRunRecord>> ReadWithRetryAsync(IJobHistory history, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await history.LatestRunsAsync(cancellationToken);
            }
            catch (Exception e) when (attempt < 10 && e is DbException or ExpectedFailureException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
            }
        }
    }
}
