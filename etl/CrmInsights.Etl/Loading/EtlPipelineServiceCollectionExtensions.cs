using CrmInsights.Etl.Checks;
using CrmInsights.Etl.Files;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrmInsights.Etl.Loading;

/// <summary>Registers the whole ETL: extract (<c>AddEtl</c>), load, checks and status.</summary>
public static class EtlPipelineServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="EtlPipeline"/>, <see cref="BatchLoader"/>, <see cref="DataChecks"/>, <see cref="EtlStatus"/> and the extract
    /// services, binds "Etl" and "Loading" (validated at start) and the workspace layout. Needs <c>AddWarehouse</c> (engine, options).
    /// </summary>
    public static IServiceCollection AddEtlPipeline(this IServiceCollection services, IConfiguration configuration, WorkspacePaths workspace)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(workspace);
        services.AddEtl();
        services.AddOptions<Sources.EtlOptions>().Bind(configuration.GetSection(Sources.EtlOptions.SectionName));
        services.AddOptions<LoadingOptions>().Bind(configuration.GetSection(LoadingOptions.SectionName))
            .ValidateOnStart();
        services.TryAddSingleton(new EtlWorkspace(workspace.Root));
        services.TryAddSingleton<BatchLoader>();
        services.TryAddSingleton<DataChecks>();
        services.TryAddSingleton<EtlStatus>();
        services.TryAddSingleton<EtlPipeline>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LoadingOptions>, LoadingOptionsValidator>());
        return services;
    }
}
