using System.Data.Common;
using System.Reflection;

namespace CrmInsights.Etl.Sources.Database;

/// <summary>Finds the ADO.NET provider factory named in configuration.</summary>
public static class DbProviderResolver
{
    /// <summary>
    /// A registered invariant name (<see cref="DbProviderFactories"/>) or the assembly-qualified type name of a
    /// <see cref="DbProviderFactory"/> with a static <c>Instance</c> field (the ADO.NET convention).
    /// </summary>
    public static DbProviderFactory Resolve(string provider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        if (DbProviderFactories.TryGetFactory(provider, out var registered))
        {
            return registered;
        }

        var type = Type.GetType(provider, throwOnError: false)
            ?? throw new InvalidOperationException($"ADO.NET provider '{provider}' is neither registered nor a loadable type name; use e.g. 'DuckDB.NET.Data.DuckDBClientFactory, DuckDB.NET.Data'.");
        var instance = type.GetField("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? type.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        return instance as DbProviderFactory
            ?? throw new InvalidOperationException($"Type '{type.FullName}' is not a DbProviderFactory with a static Instance.");
    }
}
