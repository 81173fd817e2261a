using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrmInsights.Host.Cli;
using Microsoft.Extensions.Configuration;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights config</c>: every options section's effective values (built-in defaults included), where each value came
/// from (default, appsettings.json, environment), secrets hidden; keys no section reads are listed as ignored. Exit 2, after
/// printing, when any section is invalid (each problem on its own line, as every other verb would refuse to start).
/// </summary>
internal static class ConfigCommand
{
    private static readonly string[] SecretMarkers = ["password", "secret", "connectionstring", "apikey", "token"];

    // Keys read outside the options sections: logging filters, the warehouse connection string, the workspace root.
    private static readonly string[] KnownPrefixes = ["Logging:", "ConnectionStrings:", "Workspace:"];

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static Command Create()
    {
        var command = new Command("config", "Show the effective configuration (defaults, workspace appsettings.json, environment) with where each value came from, secrets hidden; exit 2 when it is invalid.");
        command.SetRun(async (context, _, _) =>
        {
            var configuration = context.Configuration;
            Console.WriteLine($"workspace: {context.Workspace.Root}");
            Console.WriteLine($"settings file: {context.Workspace.SettingsFile} ({(File.Exists(context.Workspace.SettingsFile) ? "read" : "absent: defaults and environment only")})");
            var shown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var problems = new List<string>();
            var unreadable = new List<string>();
            foreach (var section in OptionsSections.All(context.Registrations, context.Services))
            {
                problems.AddRange(section.Problems);
                if (section.Value is null)
                {
                    Console.WriteLine($"{section.Name}: (cannot be read, see the problems below)");
                    unreadable.Add(section.Name + ":");
                    continue;
                }
                foreach (var (key, value) in Flatten(section.Name, JsonSerializer.SerializeToElement(section.Value, section.Type, Json)))
                {
                    shown.Add(key);
                    Print(key, value, OptionsSections.Origin(configuration, key));
                }
            }

            var warehouse = "ConnectionStrings:" + Warehouse.WarehouseOptions.ConnectionStringName;
            Print(warehouse, configuration[warehouse] ?? "(not set: the embedded DuckDB file)", OptionsSections.Origin(configuration, warehouse));
            shown.Add(warehouse);
            foreach (var (key, value) in configuration.AsEnumerable().Where(kv => kv.Value is not null && !shown.Contains(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                // A key of a section that could not be read is not ignored: its value is what the problem below is about.
                var note = unreadable.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase)) ? "; its section cannot be read, see below"
                    : KnownPrefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase)) ? ""
                    : "; no section reads this key, it is ignored";
                Print(key, value!, OptionsSections.Origin(configuration, key) + note);
            }

            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync($"error: {problem}");
            }
            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.Configuration;
        }, validateOptions: false);
        return command;
    }

    private static void Print(string key, string value, string origin) =>
        Console.WriteLine($"{key} = {(IsSecret(key) && !value.StartsWith("(not set", StringComparison.Ordinal) ? "***" : value)}  [{origin}]");

    /// <summary>Configuration-style keys (Section:Property:0:Child) for every leaf of the options object.</summary>
    private static IEnumerable<(string Key, string Value)> Flatten(string prefix, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when element.EnumerateObject().Any():
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var leaf in Flatten($"{prefix}:{property.Name}", property.Value))
                    {
                        yield return leaf;
                    }
                }
                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var leaf in Flatten(string.Create(CultureInfo.InvariantCulture, $"{prefix}:{i++}"), item))
                    {
                        yield return leaf;
                    }
                }
                break;
            case JsonValueKind.Object:
                yield return (prefix, "{}");
                break;
            case JsonValueKind.Array:
                yield return (prefix, "[]");
                break;
            case JsonValueKind.Null:
                yield return (prefix, "(none)");
                break;
            case JsonValueKind.String:
                yield return (prefix, element.GetString()!);
                break;
            default:
                yield return (prefix, element.GetRawText());
                break;
        }
    }

    public static bool IsSecret(string key)
    {
        if (key.EndsWith("Variable", StringComparison.OrdinalIgnoreCase))
        {
            return false; // the name of the environment variable that holds a secret (Smtp:PasswordVariable), not the secret
        }
        var compact = key.Replace(":", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        return key.StartsWith("ConnectionStrings", StringComparison.OrdinalIgnoreCase)
            || SecretMarkers.Any(m => compact.Contains(m, StringComparison.OrdinalIgnoreCase));
    }
}
