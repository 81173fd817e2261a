using System.CommandLine;
using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmInsights.Host.Cli;

/// <summary>
/// What one verb invocation works with: the workspace, the layered configuration
/// (built-in defaults, then the workspace's appsettings.json, then environment variables)
/// and the services built from it.
/// </summary>
internal sealed class CliContext : IAsyncDisposable
{
    private CliContext(WorkspacePaths workspace, IConfigurationRoot configuration, ServiceProvider services)
    {
        Workspace = workspace;
        Configuration = configuration;
        Services = services;
    }

    public WorkspacePaths Workspace { get; }
    public IConfigurationRoot Configuration { get; }
    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public ILogger Logger(string category) => Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

    public static CliContext Create(ParseResult parseResult) =>
        CreateAt(WorkspacePaths.At(parseResult.GetValue(GlobalOptions.Workspace)!.FullName));

    /// <summary>A context for another workspace (a benchmark's scratch folder), configured as that workspace would be.</summary>
    public static CliContext CreateAt(WorkspacePaths workspace)
    {
        var configuration = HostConfiguration.Build(workspace);
        var services = new ServiceCollection();
        services.AddCrmInsights(configuration, workspace);
        return new CliContext(workspace, configuration, services.BuildServiceProvider(validateScopes: true));
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
