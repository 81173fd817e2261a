using System.CommandLine;

namespace CrmInsights.Host.Cli;

/// <summary>Options every verb accepts.</summary>
internal static class GlobalOptions
{
    public static readonly Option<DirectoryInfo> Workspace = new("--workspace", "-w")
    {
        Description = "Workspace folder holding inbox/, archive/, lake/, the warehouse file, out/ and appsettings.json. Default: the current directory, or CRMINSIGHTS_WORKSPACE.",
        Recursive = true,
        DefaultValueFactory = _ => new DirectoryInfo(
            System.Environment.GetEnvironmentVariable("CRMINSIGHTS_WORKSPACE") is { Length: > 0 } fromEnv ? fromEnv : "."),
    };
}
