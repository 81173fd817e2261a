using CrmInsights.Analytics;
using CrmInsights.Etl.Loading;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using CrmInsights.Host.Reporting;
using CrmInsights.Host.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace CrmInsights.Host.Cli;

/// <summary>The one place the executable wires the libraries together.</summary>
internal static class ServiceRegistration
{
    public static IServiceCollection AddCrmInsights(this IServiceCollection services, IConfiguration configuration, WorkspacePaths workspace)
    {
        services.AddSingleton(configuration);
        services.AddSingleton(workspace);
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
                // Plain text when a service manager or a file captures the output.
                o.ColorBehavior = Console.IsOutputRedirected ? LoggerColorBehavior.Disabled : LoggerColorBehavior.Default;
            });
            logging.SetMinimumLevel(LogLevel.Information);
        });
        // Libraries register here, one AddXxx each.
        services.AddWarehouse(configuration, workspace);
        services.AddScheduling(configuration);
        services.AddReportPacks(configuration, workspace);
        services.AddEtlPipeline(configuration, workspace);
        services.AddAnalytics(configuration);
        return services;
    }
}
