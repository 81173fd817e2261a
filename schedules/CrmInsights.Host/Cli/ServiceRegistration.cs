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
using CrmInsights.Host.Terminal;

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
            if (TerminalOutput.IsInteractive)
            {
                // A person at a terminal: lines written above the live progress display, never through it.
                // Local time of day, as the simple console logger shows it; the system clock (logging is built before any service).
                logging.AddProvider(new TerminalLoggerProvider(TimeProvider.System));
            }
            else
            {
                // A service manager, a file or CI captures the output: plain single-line logs.
                logging.AddSimpleConsole(o =>
                {
                    o.SingleLine = true;
                    o.TimestampFormat = "HH:mm:ss ";
                    o.ColorBehavior = LoggerColorBehavior.Disabled;
                });
            }
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
