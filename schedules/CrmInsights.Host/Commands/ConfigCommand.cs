using System.CommandLine;
using CrmInsights.Host.Cli;
using Microsoft.Extensions.Configuration;

namespace CrmInsights.Host.Commands;

/// <summary><c>crm-insights config</c>: shows the effective configuration with secrets hidden.</summary>
internal static class ConfigCommand
{
    private static readonly string[] SecretMarkers = ["password", "secret", "connectionstring", "apikey", "token"];

    public static Command Create()
    {
        var command = new Command("config", "Show the effective configuration (workspace appsettings.json + environment), secrets hidden.");
        command.SetRun((context, _, _) =>
        {
            Console.WriteLine($"workspace: {context.Workspace.Root}");
            foreach (var (key, value) in context.Configuration.AsEnumerable().Where(kv => kv.Value is not null).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"{key} = {(IsSecret(key) ? "***" : value)}");
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    public static bool IsSecret(string key)
    {
        var compact = key.Replace(":", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        return key.StartsWith("ConnectionStrings", StringComparison.OrdinalIgnoreCase)
            || SecretMarkers.Any(m => compact.Contains(m, StringComparison.OrdinalIgnoreCase));
    }
}
