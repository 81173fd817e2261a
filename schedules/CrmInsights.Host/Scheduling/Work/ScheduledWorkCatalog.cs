using Microsoft.Extensions.DependencyInjection;

namespace CrmInsights.Host.Scheduling.Work;

/// <summary>Which job kinds have work registered, and their parameter checks.</summary>
public sealed class ScheduledWorkCatalog(IEnumerable<ScheduledWorkRegistration> registrations, IServiceScopeFactory scopes)
{
    private readonly HashSet<string> _kinds = registrations.Select(r => r.Kind).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyCollection<string> RegisteredKinds => _kinds;

    public bool IsRegistered(string kind) => _kinds.Contains(kind);

    public IReadOnlyList<string> ValidateParameters(string kind, IReadOnlyDictionary<string, string> parameters)
    {
        using var scope = scopes.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredKeyedService<IScheduledWork>(kind).ValidateParameters(parameters)];
    }
}
