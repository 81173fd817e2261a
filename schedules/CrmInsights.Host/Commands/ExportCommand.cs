using System.CommandLine;
using CrmInsights.Host.Cli;
using CrmInsights.Host.Commands.Query;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Commands;

/// <summary><c>crm-insights export marts --format parquet</c>: every mart view to one file each, for a data-science hand-off; <c>export audience</c>: <see cref="ExportAudienceCommand"/>.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "parquet (default) or csv.", DefaultValueFactory = _ => ResultWriter.Parquet };
        format.AcceptOnlyFromAmong(ResultWriter.Parquet, ResultWriter.Csv);
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Folder to write to. Default: out/marts in the workspace." };
        var raw = QueryCommand.RawCsvOption();
        var marts = new Command("marts", "Export every mart view (read-only) as <View>.parquet or <View>.csv (CSV formula-guarded unless --csv-raw).");
        marts.Options.Add(format);
        marts.Options.Add(output);
        marts.Options.Add(raw);
        marts.SetRun(async (context, parseResult, ct) =>
        {
            var chosen = parseResult.GetValue(format)!;
            var folder = parseResult.GetValue(output)?.FullName ?? Path.Combine(context.Workspace.Out, "marts");
            Directory.CreateDirectory(folder);

            await using var connection = await ReadOnlyWarehouse.OpenAsync(context.Configuration, context.Workspace, ct);
            // Only the catalogued statements (one per mart view of the model; no parameters).
            foreach (var (view, sql) in MartExportSql.All)
            {
                var path = Path.Combine(folder, WorkspacePaths.SafeName(view + "." + chosen));
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await using var reader = await command.ExecuteReaderAsync(ct);
                var rows = await ResultWriter.WriteAsync(reader, chosen, path, Console.Out, parseResult.GetValue(raw), ct);
                Console.WriteLine($"mart.{view}: {rows} rows -> {path}");
            }

            return ExitCodes.Success;
        });
        var command = new Command("export", "Export warehouse data for analysts.");
        command.Subcommands.Add(marts);
        command.Subcommands.Add(ExportAudienceCommand.Create());
        return command;
    }
}
