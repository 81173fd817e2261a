using Microsoft.Extensions.DependencyInjection;

namespace CrmInsights.Host.Scheduling.Work;

/// <summary>Registration point for the work behind each job kind.</summary>
public static class ScheduledWorkServiceCollectionExtensions
{
    /// <summary>
    /// Makes <typeparamref name="TWork"/> the work of job kind <paramref name="kind"/> (one scope per
    /// attempt). A schedule whose kind has no registration fails validation at start.
    /// </summary>
    public static IServiceCollection AddScheduledWork<TWork>(this IServiceCollection services, string kind)
        where TWork : class, IScheduledWork
    {
        services.AddKeyedScoped<IScheduledWork, TWork>(kind);
        services.AddSingleton(new ScheduledWorkRegistration(kind, typeof(TWork)));
        return services;
    }
}
