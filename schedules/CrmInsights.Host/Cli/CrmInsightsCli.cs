using System.CommandLine;
using CrmInsights.Host.Commands;

namespace CrmInsights.Host.Cli;

/// <summary>The command tree of <c>crm-insights</c>. Each verb lives in its own file under Commands/.</summary>
internal static class CrmInsightsCli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("CrmInsights: CRM marketing ETL, warehouse and KPI reports.");
        root.Options.Add(GlobalOptions.Workspace);
        // One line per verb.
        root.Subcommands.Add(ConfigCommand.Create());
        root.Subcommands.Add(WarehouseCommand.Create());
        return root;
    }
}
