using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Scheduling.Running;

/// <summary>
/// Turns a stop request into the jobs' cancellation: a running job gets <see cref="SchedulerOptions.StopGrace"/>
/// to finish, then its token is cancelled and it rolls back, all within the host's shutdown timeout
/// (the scheduler waits for running jobs to complete).
/// </summary>
public sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public StopSignal(IHostApplicationLifetime lifetime, IOptions<SchedulerOptions> options, ILogger<StopSignal> logger)
    {
        lifetime.ApplicationStopping.Register(() =>
        {
            SchedulerLog.StopRequested(logger, options.Value.StopGrace.TotalSeconds);
            _source.CancelAfter(options.Value.StopGrace);
        });
    }

    public CancellationToken Token => _source.Token;

    public void Dispose() => _source.Dispose();
}
