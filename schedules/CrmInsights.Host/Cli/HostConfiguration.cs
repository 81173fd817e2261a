using CrmInsights.Warehouse.Foundation;
using Microsoft.Extensions.Configuration;

namespace CrmInsights.Host.Cli;

/// <summary>
/// Layers configuration the same way for the CLI and the service: built-in defaults (the
/// options classes' own), the workspace's appsettings.json, then environment variables
/// (<c>CRMINSIGHTS_Section__Key</c>, and <c>ConnectionStrings__Warehouse</c> unprefixed, as
/// hosting tools usually set it).
/// </summary>
internal static class HostConfiguration
{
    public const string EnvironmentPrefix = "CRMINSIGHTS_";

    /// <summary>The layered configuration; a settings file that is not valid JSON is a configuration failure (exit 2) naming the file and position.</summary>
    public static IConfigurationRoot Build(WorkspacePaths workspace)
    {
        try
        {
            return new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal) { ["Workspace:Root"] = workspace.Root })
                .AddJsonFile(workspace.SettingsFile, optional: true, reloadOnChange: false)
                .AddEnvironmentVariables(EnvironmentPrefix)
                .AddInMemoryCollection(ConnectionStringsFromEnvironment())
                .Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            throw ConfigurationProblems.MalformedFile(workspace.SettingsFile, e);
        }
    }

    private static Dictionary<string, string?> ConnectionStringsFromEnvironment()
    {
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && key.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase))
            {
                result[key.Replace("__", ":", StringComparison.Ordinal)] = entry.Value as string;
            }
        }
        return result;
    }
}
