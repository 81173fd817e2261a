using CrmInsights.Analytics.Clv;
using CrmInsights.Analytics.Engagement;
using CrmInsights.Analytics.Relationships;
using CrmInsights.Analytics.Rfm;
using CrmInsights.Analytics.Snapshot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrmInsights.Analytics;

/// <summary>Registers the analytics services and their options.</summary>
public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Clv</c>, <c>Rfm</c>, <c>RelationshipStage</c> and <c>EngagementScore</c> from
    /// <paramref name="configuration"/> (validated at start, every failure listed) and registers
    /// <see cref="ClvModelFitter"/>, <see cref="ClvCalculator"/>, <see cref="RfmScorer"/>,
    /// <see cref="RelationshipStageEvaluator"/>, <see cref="EngagementScorer"/> and the derive step
    /// <see cref="SnapshotDeriver"/> (bound to <c>Snapshot</c>) as singletons.
    /// </summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddValidatedOptions<ClvOptions>(services, configuration, ClvOptions.SectionName);
        AddValidatedOptions<RfmOptions>(services, configuration, RfmOptions.SectionName);
        AddValidatedOptions<RelationshipStageOptions>(services, configuration, RelationshipStageOptions.SectionName);
        AddValidatedOptions<EngagementScoreOptions>(services, configuration, EngagementScoreOptions.SectionName);
        AddValidatedOptions<SnapshotOptions>(services, configuration, SnapshotOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ClvModelFitter>();
        services.TryAddSingleton(sp => new ClvCalculator(sp.GetRequiredService<IOptions<ClvOptions>>()));
        services.TryAddSingleton(sp => new RfmScorer(sp.GetRequiredService<IOptions<RfmOptions>>()));
        services.TryAddSingleton(sp => new RelationshipStageEvaluator(sp.GetRequiredService<IOptions<RelationshipStageOptions>>()));
        services.TryAddSingleton(sp => new EngagementScorer(sp.GetRequiredService<IOptions<EngagementScoreOptions>>()));

        // Needs the IWarehouseEngine the host registers for the configured warehouse.
        services.TryAddSingleton<SnapshotDeriver>();
        return services;
    }

    private static void AddValidatedOptions<T>(IServiceCollection services, IConfiguration configuration, string section)
        where T : class, IValidatedOptions
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, SelfValidatingOptionsValidator<T>>());
    }
}
