using CrmInsights.Etl.Extraction;
using CrmInsights.Etl.Files;
using CrmInsights.Etl.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrmInsights.Etl;

/// <summary>Registers the extract/validate/land services.</summary>
public static class EtlServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IInbox"/>, <see cref="BatchExtractor"/>, <see cref="DatabaseExtractor"/>, <see cref="FileDisposition"/>
    /// and <see cref="EtlOptions"/> validation. The caller registers <see cref="EtlWorkspace"/> (the workspace folder) and binds
    /// <see cref="EtlOptions"/> to the configuration section <c>Etl</c>; sources not configured fall back to the canonical defaults.
    /// </summary>
    public static IServiceCollection AddEtl(this IServiceCollection services)
    {
        services.AddOptions<EtlOptions>().PostConfigure(o =>
        {
            foreach (var (name, source) in EtlOptions.CreateDefault().Sources)
            {
                o.Sources.TryAdd(name, source);
            }
        }).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EtlOptions>, EtlOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IInbox, FileInbox>();
        services.TryAddSingleton<FileDisposition>();
        services.TryAddSingleton<BatchExtractor>();
        services.TryAddSingleton<DatabaseExtractor>();
        return services;
    }
}
