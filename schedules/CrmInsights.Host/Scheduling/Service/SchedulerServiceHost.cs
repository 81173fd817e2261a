using CrmInsights.Host.Cli;
using CrmInsights.Host.Scheduling.Running;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CrmInsights.Host.Scheduling.Service;

/// <summary>
/// The generic host of <c>crm-insights serve</c>: the scheduler (Quartz on the store
/// <see cref="SchedulerStore"/> decides) under a
/// Windows service or systemd (notify) lifetime when started by one, a console lifetime otherwise.
/// A stop lets running jobs finish for <see cref="SchedulerOptions.StopGrace"/>, then cancels them
/// so they roll back; the whole stop is bounded by <see cref="SchedulerOptions.ShutdownTimeout"/>.
/// </summary>
internal static class SchedulerServiceHost
{
    /// <param name="testStore">
    /// Tests only: a persistent Quartz database of the test's own (the product offers memory and the SQL Server
    /// warehouse, nothing else), configured after the store's common settings so it may override them.
    /// </param>
    public static IHost Build(WorkspacePaths workspace, IConfiguration configuration, Action<IServiceCollection>? configure = null,
        Action<IPersistentStoreBuilder>? testStore = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // Configuration is ours (defaults, workspace appsettings.json, CRMINSIGHTS_ env), not the host's defaults.
            DisableDefaults = true,
            ContentRootPath = workspace.Root,
            ApplicationName = "crm-insights",
        });
        builder.Configuration.AddConfiguration(configuration);
        var options = configuration.GetSection(SchedulerOptions.SectionName).Get<SchedulerOptions>() ?? new SchedulerOptions();
        var store = SchedulerStore.Decide(options, configuration, testStore is not null);

        var services = builder.Services;
        services.AddCrmInsights(configuration, workspace);
        services.AddWindowsService(o => o.ServiceName = "crm-insights");
        services.AddSystemd();
        services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownTimeout);
        services.AddSingleton(store);
        services.AddSingleton<StopSignal>();
        services.AddTransient<ScheduledJob>();
        services.AddHostedService<SchedulerBootstrap>();
        services.AddQuartz(
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["quartz.scheduler.instanceName"] = options.SchedulerName },
            q => store.Apply(q, options, configuration, testStore));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<HeartbeatService>();
        configure?.Invoke(services);
        return builder.Build();
    }
}
