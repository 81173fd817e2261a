using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmInsights.Warehouse;

/// <summary>Registers the warehouse services.</summary>
public static class WarehouseServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="WarehouseOptions"/> to the "Warehouse" section (validated at start, every
    /// failure listed) and registers the <see cref="IWarehouseEngine"/> chosen by ConnectionStrings:Warehouse.
    /// </summary>
    public static IServiceCollection AddWarehouse(this IServiceCollection services, IConfiguration configuration, WorkspacePaths workspace)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(workspace);
        services.AddOptions<WarehouseOptions>()
            .Bind(configuration.GetSection(WarehouseOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WarehouseOptions>, WarehouseOptionsValidator>();
        services.AddSingleton(sp => WarehouseEngineFactory.Create(
            configuration.GetConnectionString(WarehouseOptions.ConnectionStringName),
            sp.GetRequiredService<IOptions<WarehouseOptions>>().Value,
            workspace.Root,
            sp.GetService<ILoggerFactory>()));
        return services;
    }
}
