using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
            });
            logging.SetMinimumLevel(LogLevel.Information);
        });
        // Libraries register here, one AddXxx each.
        services.AddWarehouse(configuration, workspace);
        return services;
    }
}
