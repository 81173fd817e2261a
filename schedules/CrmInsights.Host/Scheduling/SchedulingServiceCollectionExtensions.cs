using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Host.Scheduling.Locking;
using CrmInsights.Host.Scheduling.Running;
using CrmInsights.Host.Scheduling.Work;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Scheduling;

/// <summary>The scheduling services every verb can use (schedules, history, locks, runner); the service adds Quartz on top.</summary>
public static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulerOptions>().Bind(configuration.GetSection(SchedulerOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ScheduledWorkCatalog>();
        services.AddSingleton<ScheduleLoader>();
        services.AddSingleton(LoadSchedules);
        services.TryAddSingleton<IWarehouseConnectionFactory, WorkspaceWarehouseConnectionFactory>();
        services.TryAddSingleton<IJobHistory, AdoJobHistory>();
        services.TryAddSingleton<IWarehouseLock, FileWarehouseLock>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<CatchUpPlanner>();

        // The work behind each job kind. Registration point for the integrator:
        //   services.AddScheduledWork<EtlScheduledWork>(JobKinds.Etl);
        //   services.AddScheduledWork<SnapshotScheduledWork>(JobKinds.Snapshot);
        //   services.AddScheduledWork<ReportPackScheduledWork>(JobKinds.Report);
        // Until then a schedule of those kinds fails validation at start, naming the kind.
        services.AddScheduledWork<ProbeWork>(JobKinds.Probe);
        return services;
    }

    private static ScheduleSet LoadSchedules(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SchedulerOptions>>().Value;
        if (options.Validate() is { Count: > 0 } errors)
        {
            throw new ExpectedFailureException(FailureKind.Configuration,
                $"Invalid configuration:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors));
        }
        var workspace = services.GetRequiredService<WorkspacePaths>();
        var builtIn = options.IncludeBuiltInSchedules ? Path.Combine(AppContext.BaseDirectory, "schedules") : null;
        return services.GetRequiredService<ScheduleLoader>()
            .Load(builtIn, Path.Combine(workspace.Root, "schedules"), options.HolidayDates());
    }
}
