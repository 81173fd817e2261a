using System.CommandLine;
using CrmInsights.Host.Cli;
using CrmInsights.Host.Commands.Query;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Host.Commands;

/// <summary><c>crm-insights query "SELECT ..."</c>: runs one read-only query against the configured warehouse.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var sql = new Argument<string>("sql") { Description = "The SELECT to run, e.g. \"SELECT * FROM mart.Loyalty WHERE CutLevel = 'All'\"." };
        var format = new Option<string>("--format", "-f") { Description = "table (default), csv or parquet.", DefaultValueFactory = _ => ResultWriter.Table };
        format.AcceptOnlyFromAmong(ResultWriter.Formats);
        var output = new Option<FileInfo?>("--output", "-o") { Description = "File to write (required for parquet; csv goes to stdout without it)." };
        var raw = RawCsvOption();
        var command = new Command("query", "Run a read-only SELECT against the warehouse (DuckDB file or SQL Server) and print or save the result.");
        command.Arguments.Add(sql);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(raw);
        command.SetRun(async (context, parseResult, ct) =>
        {
            var chosen = parseResult.GetValue(format)!;
            var path = parseResult.GetValue(output)?.FullName;
            if (chosen == ResultWriter.Parquet && path is null)
            {
                throw new ExpectedFailureException(FailureKind.Input, "--format parquet needs --output FILE.");
            }

            var text = parseResult.GetValue(sql)!;
            await using var connection = await ReadOnlyWarehouse.OpenAsync(context.Configuration, context.Workspace, ct);
            await ReadOnlyWarehouse.CheckSingleSelectAsync(connection, text, ct);
            await using var command = connection.CreateCommand();
            command.CommandText = text;
            try
            {
                await using var reader = await command.ExecuteReaderAsync(ct);
                var rows = await ResultWriter.WriteAsync(reader, chosen, path, Console.Out, parseResult.GetValue(raw), ct);
                if (path is not null)
                {
                    await Console.Error.WriteLineAsync($"{rows} rows written to {path}");
                }
            }
            catch (System.Data.Common.DbException ex)
            {
                throw new ExpectedFailureException(FailureKind.Input, $"The query failed: {ex.Message}", ex);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The opt-out of the CSV formula guard, shared by <c>query</c> and <c>export marts</c>.</summary>
    internal static Option<bool> RawCsvOption() => new("--csv-raw")
    {
        Description = "CSV: write text cells exactly as stored, without the ' put before cells starting with = + - @ tab or CR "
            + "(which a spreadsheet would run as formulas). For programs that read the file; never for files a person opens in Excel.",
    };
}
