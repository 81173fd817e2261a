using System.CommandLine;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Cli;

/// <summary>
/// What one verb invocation works with: the workspace, the layered configuration
/// (built-in defaults, then the workspace's appsettings.json, then environment variables)
/// and the services built from it. Every options section is validated when the context is
/// built, so a bad value stops every verb with exit 2 before anything runs.
/// </summary>
internal sealed class CliContext : IAsyncDisposable
{
    private CliContext(WorkspacePaths workspace, IConfigurationRoot configuration, ServiceCollection registrations, ServiceProvider services)
    {
        Workspace = workspace;
        Configuration = configuration;
        Registrations = registrations;
        Services = services;
    }

    public WorkspacePaths Workspace { get; }
    public IConfigurationRoot Configuration { get; }
    /// <summary>What was registered (read by <c>config</c> to find every options section).</summary>
    public IServiceCollection Registrations { get; }
    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public ILogger Logger(string category) => Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

    public static CliContext Create(ParseResult parseResult, bool validate = true) =>
        CreateAt(WorkspacePaths.At(parseResult.GetValue(GlobalOptions.Workspace)!.FullName), validate);

    /// <summary>A context for another workspace (a benchmark's scratch folder), configured as that workspace would be.</summary>
    public static CliContext CreateAt(WorkspacePaths workspace, bool validate = true)
    {
        var configuration = HostConfiguration.Build(workspace);
        var registrations = new ServiceCollection();
        registrations.AddCrmInsights(configuration, workspace);
        var services = registrations.BuildServiceProvider(validateScopes: true);
        if (validate)
        {
            // Every section at once (binding errors included), so one run names every problem.
            var problems = OptionsSections.All(registrations, services).SelectMany(o => o.Problems).ToList();
            try
            {
                // Any other ValidateOnStart registration, as a generic host runs them at start.
                services.GetService<IStartupValidator>()?.Validate();
            }
            catch (Exception e) when (ConfigurationProblems.Describe(e) is { } more)
            {
                problems.AddRange(more.Except(problems, StringComparer.Ordinal));
            }
            if (problems.Count > 0)
            {
                services.Dispose();
                throw ConfigurationProblems.Invalid(problems);
            }
        }
        return new CliContext(workspace, configuration, registrations, services);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
