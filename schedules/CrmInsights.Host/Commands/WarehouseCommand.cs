using System.CommandLine;
using CrmInsights.Host.Cli;
using CrmInsights.Warehouse;
using CrmInsights.Warehouse.Dacpac;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;
using CrmInsights.Warehouse.Model;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CrmInsights.Host.Commands;

/// <summary><c>crm-insights warehouse build|script|deploy|docs|init</c>: the schema's tooling (logic in CrmInsights.Warehouse.WarehouseTools).</summary>
internal static class WarehouseCommand
{
    private static readonly Option<FileInfo> Output = new("--output", "-o") { Description = "File to write (default: see the verb)." };
    private static readonly Option<FileInfo> From = new("--from") { Description = "Older .dacpac to upgrade from: writes the upgrade script instead of the create script." };
    private static readonly Option<string> Database = new("--database") { Description = "Database name used in scripts.", DefaultValueFactory = _ => DeployScripts.DefaultDatabaseName };
    private static readonly Option<bool> Force = new("--force") { Description = "DuckDB: run the whole create/upgrade even when the file already carries this schema's fingerprint (repairs a hand-edited file)." };
    private static readonly Option<bool> AllowDataLoss = new("--allow-data-loss") { Description = "Allow changes that may drop data (blocked by default)." };

    public static Command Create()
    {
        var command = new Command("warehouse", "Build, script, deploy and document the warehouse schema; create the embedded DuckDB warehouse.");
        command.Subcommands.Add(Build());
        command.Subcommands.Add(Script());
        command.Subcommands.Add(Deploy());
        command.Subcommands.Add(Docs());
        command.Subcommands.Add(Init());
        command.Subcommands.Add(WarehouseRecoverCommand.Create());
        command.Subcommands.Add(WarehouseRecoverCommand.Digest());
        return command;
    }

    private static Command Build()
    {
        var command = new Command("build", "Validate the model (every SQL71xxx error listed) and write the .dacpac (default out/CrmInsights.Warehouse.dacpac).") { Output };
        command.SetRun((context, parse, _) =>
        {
            var path = parse.GetValue(Output)?.FullName ?? Path.Combine(context.Workspace.Out, WarehouseTools.DacpacFileName);
            var written = Guard(() => WarehouseTools.Build(path));
            Console.WriteLine($"dacpac: {written}");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static Command Script()
    {
        var command = new Command("script", "Write the create script, or with --from the upgrade script from an older dacpac; no server needed.") { From, Output, Database, AllowDataLoss };
        command.SetRun(async (context, parse, ct) =>
        {
            var from = parse.GetValue(From);
            if (from is not null && !from.Exists)
            {
                throw new ExpectedFailureException(FailureKind.Input, $"--from {from.FullName} does not exist; pass the .dacpac the target database was deployed from.");
            }

            var script = Guard(() => WarehouseTools.Script(from?.FullName, parse.GetValue(Database)!, parse.GetValue(AllowDataLoss)));
            await WriteAsync(parse.GetValue(Output), script, ct);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Deploy()
    {
        var command = new Command("deploy", "Deploy the schema to ConnectionStrings:Warehouse (DacServices); blocks on possible data loss unless --allow-data-loss.") { AllowDataLoss };
        command.SetRun((context, parse, ct) =>
        {
            var connectionString = context.Configuration.GetConnectionString(WarehouseOptions.ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new ExpectedFailureException(FailureKind.Configuration, "ConnectionStrings:Warehouse is not set; set the environment variable ConnectionStrings__Warehouse to the SQL Server database to deploy to.");
            }

            var logger = context.Logger("warehouse.deploy");
            Guard(() =>
            {
                WarehouseTools.Deploy(connectionString, parse.GetValue(AllowDataLoss), m => logger.LogInformation("{DacMessage}", m), ct);
                return 0;
            });
            Console.WriteLine("deployed");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static Command Docs()
    {
        var command = new Command("docs", "Write the data dictionary (Markdown) from the model's MS_Description properties; stdout unless --output.") { Output };
        command.SetRun(async (_, parse, ct) =>
        {
            await WriteAsync(parse.GetValue(Output), Guard(WarehouseTools.Docs), ct);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Init()
    {
        var command = new Command("init", "Create or upgrade the warehouse: the workspace's DuckDB file (default), or SQL Server when ConnectionStrings:Warehouse is set. Safe to re-run.") { Force };
        command.SetRun(async (context, parse, ct) =>
        {
            var engine = context.Get<IWarehouseEngine>();
            var options = context.Get<Microsoft.Extensions.Options.IOptions<WarehouseOptions>>().Value;
            var report = await WarehouseSchema.EnsureAsync(engine, options, ct, parse.GetValue(Force));

            Console.WriteLine($"warehouse: {engine.Description}");
            if (report.WasCurrent)
            {
                Console.WriteLine($"schema current (fingerprint {report.Fingerprint![..12]}): nothing to do; --force re-applies it");
                return ExitCodes.Success;
            }

            Console.WriteLine($"tables created: {report.TablesCreated.Count}, columns added: {report.ColumnsAdded.Count}, reference rows inserted: {report.SeedRowsInserted}, views: {report.ViewsCreated.Count}");
            foreach (var column in report.ColumnsAdded)
            {
                Console.WriteLine($"  added {column}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // Model errors and unreachable servers are the operator's to fix: one clear message, no stack trace.
    private static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (WarehouseModelException e)
        {
            throw new ExpectedFailureException(FailureKind.Input, e.Message, e);
        }
        catch (SqlException e)
        {
            throw new ExpectedFailureException(FailureKind.Environment, $"SQL Server is unavailable: {e.Message}", e);
        }
        catch (Microsoft.SqlServer.Dac.DacServicesException e)
        {
            throw new ExpectedFailureException(FailureKind.Environment, $"Deployment failed: {e.Message}{(e.InnerException is null ? string.Empty : " " + e.InnerException.Message)}", e);
        }
    }

    private static async Task WriteAsync(FileInfo? output, string text, CancellationToken ct)
    {
        if (output is null)
        {
            await Console.Out.WriteAsync(text);
            return;
        }

        output.Directory?.Create();
        await File.WriteAllTextAsync(output.FullName, text, ct);
        Console.WriteLine($"wrote {output.FullName}");
    }
}
