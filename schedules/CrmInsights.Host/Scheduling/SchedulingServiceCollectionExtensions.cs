using CrmInsights.Host.Scheduling.Definitions;
using CrmInsights.Host.Scheduling.History;
using CrmInsights.Host.Scheduling.Locking;
using CrmInsights.Host.Scheduling.Running;
using CrmInsights.Host.Scheduling.Work;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;
using CrmInsights.Warehouse.SqlServer;
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
        services.AddOptions<SchedulerOptions>().Bind(configuration.GetSection(SchedulerOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SchedulerOptions>, SchedulerOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ScheduledWorkCatalog>();
        services.AddSingleton<ScheduleLoader>();
        services.AddSingleton(LoadSchedules);
        services.TryAddSingleton<IJobHistory, AdoJobHistory>();
        services.TryAddSingleton<IWarehouseLock>(WarehouseLockFor);
        services.AddSingleton<JobRunner>();
        services.AddSingleton<CatchUpPlanner>();

        // The work behind each job kind; a schedule whose kind is missing here fails validation at start, naming the kind.
        services.AddScheduledWork<EtlWork>(JobKinds.Etl);
        services.AddScheduledWork<SnapshotWork>(JobKinds.Snapshot);
        services.AddScheduledWork<ProbeWork>(JobKinds.Probe);
        services.AddScheduledWork<ReportPackWork>(JobKinds.Report);
        return services;
    }

    // Per-job locks live where every node sharing the warehouse sees them: sp_getapplock on SQL Server, lock files beside the embedded file.
    private static IWarehouseLock WarehouseLockFor(IServiceProvider services) =>
        services.GetRequiredService<IWarehouseEngine>() is SqlServerWarehouse sqlServer
            ? new SqlServerWarehouseLock(sqlServer)
            : new FileWarehouseLock(services.GetRequiredService<WorkspacePaths>(), services.GetRequiredService<TimeProvider>());

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

/// <summary>Runs <see cref="SchedulerOptions.Validate"/> when the options are bound (every verb's start, the service's start).</summary>
internal sealed class SchedulerOptionsValidator : IValidateOptions<SchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulerOptions options) =>
        options.Validate() is { Count: > 0 } errors ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
}
