using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace CrmInsights.Host.Scheduling.Service;

/// <summary>Refreshes the heartbeat file while the scheduler runs, and marks it stopped on a clean stop.</summary>
public sealed class HeartbeatService(WorkspacePaths workspace, ISchedulerFactory schedulers, TimeProvider time, IOptions<SchedulerOptions> options) : BackgroundService
{
    private readonly DateTimeOffset _startedAt = time.GetUtcNow();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var scheduler = await schedulers.GetScheduler(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval, time);
        do
        {
            // Alive means the scheduler itself runs, not merely this process.
            if (scheduler.Status == SchedulerStatus.Running)
            {
                Write(Heartbeat.Running);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Write(Heartbeat.Stopped);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Write(string state) =>
        new Heartbeat(Environment.MachineName, Environment.ProcessId, _startedAt, time.GetUtcNow(), state).WriteTo(workspace);
}
