using CrmInsights.Host.Cli;
using CrmInsights.Host.Scheduling.Running;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CrmInsights.Host.Scheduling.Service;

/// <summary>
/// The generic host of <c>crm-insights serve</c>: the scheduler (Quartz, in-memory store) under a
/// Windows service or systemd (notify) lifetime when started by one, a console lifetime otherwise.
/// A stop lets running jobs finish for <see cref="SchedulerOptions.StopGrace"/>, then cancels them
/// so they roll back; the whole stop is bounded by <see cref="SchedulerOptions.ShutdownTimeout"/>.
/// </summary>
internal static class SchedulerServiceHost
{
    public static IHost Build(WorkspacePaths workspace, IConfiguration configuration, Action<IServiceCollection>? configure = null)
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

        var services = builder.Services;
        services.AddCrmInsights(configuration, workspace);
        services.AddWindowsService(o => o.ServiceName = "crm-insights");
        services.AddSystemd();
        services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownTimeout);
        services.AddSingleton<StopSignal>();
        services.AddTransient<ScheduledJob>();
        services.AddHostedService<SchedulerBootstrap>();
        services.AddQuartz(
            new Dictionary<string, string?> { ["quartz.scheduler.instanceName"] = options.SchedulerName },
            q => q.UseInMemoryStore());
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<HeartbeatService>();
        configure?.Invoke(services);
        return builder.Build();
    }
}
