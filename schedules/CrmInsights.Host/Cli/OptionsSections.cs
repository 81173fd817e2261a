using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Cli;

/// <summary>One options section as the verbs see it: its effective object (defaults, bound values, post-configuration) and its problems.</summary>
internal sealed record OptionsSection(string Name, Type Type, object? Value, IReadOnlyList<string> Problems);

/// <summary>
/// Finds every options section the libraries registered (each <c>AddOptions&lt;T&gt;().Bind(section)</c> registers a change-token
/// source for <c>T</c>; <c>T.SectionName</c> names the section) and builds each as the options factory would, without throwing,
/// so <c>config</c> can show values and problems side by side. No list of sections to keep in step.
/// </summary>
internal static class OptionsSections
{
    private static readonly MethodInfo BuildMethod = typeof(OptionsSections).GetMethod(nameof(Build), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IReadOnlyList<OptionsSection> All(IServiceCollection registrations, IServiceProvider services) =>
        [.. registrations
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>))
            .Select(t => t.GetGenericArguments()[0])
            .Distinct()
            .Select(t => (Type: t, Name: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string))
            .Where(s => s.Name is not null)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => (OptionsSection)BuildMethod.MakeGenericMethod(s.Type).Invoke(null, [s.Name, services])!)];

    // What OptionsFactory<T>.Create does (configure, post-configure, validate), collecting problems instead of throwing.
    private static OptionsSection Build<T>(string name, IServiceProvider services) where T : class
    {
        T value;
        try
        {
            value = Activator.CreateInstance<T>();
            foreach (var setup in services.GetServices<IConfigureOptions<T>>())
            {
                if (setup is IConfigureNamedOptions<T> named)
                {
                    named.Configure(Options.DefaultName, value);
                }
                else
                {
                    setup.Configure(value);
                }
            }
            foreach (var post in services.GetServices<IPostConfigureOptions<T>>())
            {
                post.PostConfigure(Options.DefaultName, value);
            }
        }
        catch (Exception e) when (ConfigurationProblems.Describe(e) is { } bindingProblems)
        {
            return new OptionsSection(name, typeof(T), null, bindingProblems);
        }

        var problems = services.GetServices<IValidateOptions<T>>()
            .Select(v => v.Validate(Options.DefaultName, value))
            .Where(r => r.Failed)
            .SelectMany(r => r.Failures ?? [r.FailureMessage ?? "invalid"])
            .ToList();
        return new OptionsSection(name, typeof(T), value, problems);
    }

    /// <summary>Which layer set <paramref name="key"/>: the settings file, the environment, or nobody (the built-in default).</summary>
    public static string Origin(IConfigurationRoot configuration, string key)
    {
        foreach (var provider in configuration.Providers.Reverse())
        {
            if (provider.TryGet(key, out _))
            {
                return provider switch
                {
                    Microsoft.Extensions.Configuration.Json.JsonConfigurationProvider => "appsettings.json",
                    Microsoft.Extensions.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationProvider => "environment",
                    _ when key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase) => "environment",
                    _ => "workspace",
                };
            }
        }
        return "default";
    }
}
