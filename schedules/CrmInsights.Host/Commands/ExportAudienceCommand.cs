using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using CrmInsights.Host.Cli;
using CrmInsights.Host.Commands.Query;
using CrmInsights.Reports.Audiences;
using CrmInsights.Reports.Model;
using CrmInsights.Warehouse.Engine;
using CrmInsights.Warehouse.Foundation;
using Dapper;
using DuckDB.NET.Data;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights export audience --list win-back --period 2025-12 [--preset mailchimp|sendgrid] [--format csv|parquet]</c>:
/// an action list as of a report month, as the file an email tool imports. Only customers who may be contacted are
/// written (opted in, with an address, not unsubscribed, hard-bounced or spam-reporting: <see cref="AudienceSql"/>), and
/// the verb says how many of the list were left out and why.
/// </summary>
internal static class ExportAudienceCommand
{
    public static Command Create()
    {
        var list = new Option<string>("--list", "-l")
        {
            Description = "The action list: " + string.Join(", ", AudienceSql.Lists.Select(l => l.Name)) + ".",
            Required = true,
        };
        var period = new Option<string>("--period", "-p") { Description = "Report month (yyyy-MM): the list as of that month's end.", Required = true };
        var preset = new Option<string>("--preset") { Description = "Columns for an email tool: plain (default), mailchimp or sendgrid.", DefaultValueFactory = _ => AudiencePreset.Plain.Name };
        preset.AcceptOnlyFromAmong([.. AudiencePreset.All.Select(p => p.Name)]);
        var format = new Option<string>("--format", "-f") { Description = "csv (default) or parquet.", DefaultValueFactory = _ => ResultWriter.Csv };
        format.AcceptOnlyFromAmong(ResultWriter.Csv, ResultWriter.Parquet);
        var output = new Option<FileInfo?>("--output", "-o") { Description = "File to write. Default: out/audiences/<list>-<yyyy-MM>[-<preset>].<format> in the workspace." };
        var raw = QueryCommand.RawCsvOption();
        var command = new Command("audience", "Export an action list as of a month for an email tool: opted-in, reachable, not suppressed customers only (CSV formula-guarded unless --csv-raw).");
        foreach (var o in new Option[] { list, period, preset, format, output, raw })
        {
            command.Options.Add(o);
        }

        command.SetRun(async (context, parseResult, ct) =>
        {
            var name = parseResult.GetValue(list)!.Trim().ToLowerInvariant();
            if (AudienceSql.ViewOf(name) is null)
            {
                throw new ExpectedFailureException(FailureKind.Input,
                    $"--list '{name}' is not an action list; use one of {string.Join(", ", AudienceSql.Lists.Select(l => l.Name))}.");
            }

            if (!ReportPeriod.TryParse(parseResult.GetValue(period), out var month))
            {
                throw new ExpectedFailureException(FailureKind.Input, $"--period '{parseResult.GetValue(period)}' is not a month; write it as yyyy-MM (e.g. 2025-12).");
            }

            var chosen = AudiencePreset.All.Single(p => p.Name == parseResult.GetValue(preset));
            var extension = parseResult.GetValue(format)!;
            var path = parseResult.GetValue(output)?.FullName ?? Path.Combine(context.Workspace.Out, "audiences",
                WorkspacePaths.SafeName($"{name}-{month}{(chosen == AudiencePreset.Plain ? "" : "-" + chosen.Name)}.{extension}"));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);

            await using var connection = await ReadOnlyWarehouse.OpenAsync(context.Configuration, context.Workspace, ct);
            var engine = connection is DuckDBConnection ? WarehouseEngineKind.DuckDb : WarehouseEngineKind.SqlServer;
            var key = (month.Year * 100) + month.Month;
            // Only catalogued text is sent (AudienceSql.All, parsed by ScriptDom in the tests).
            CommandDefinition Define(string sql) => AudienceSql.All.Contains(sql, StringComparer.Ordinal)
                ? EngineCommand.Define(engine, sql, null, ct, ("month", key))
                : throw new InvalidOperationException("An audience statement outside AudienceSql.All was about to be sent.");

            if (await connection.ExecuteScalarAsync<long>(Define(AudienceSql.MonthDerived)) == 0)
            {
                throw new ExpectedFailureException(FailureKind.Input,
                    $"The snapshot has no {month}: action lists exist for derived months only (run crm-insights snapshot after loading that month).");
            }

            var counts = (await connection.QueryAsync<(string Outcome, long Customers)>(Define(AudienceSql.Counts(name))))
                .ToDictionary(c => c.Outcome, c => c.Customers, StringComparer.Ordinal);
            long written;
            await using (var reader = (DbDataReader)await connection.ExecuteReaderAsync(Define(AudienceSql.Rows(name, chosen))))
            {
                written = await ResultWriter.WriteAsync(reader, extension, path, Console.Out, parseResult.GetValue(raw), ct);
            }

            long Count(string outcome) => counts.GetValueOrDefault(outcome);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} {month}: {counts.Values.Sum():N0} on the list, {written:N0} exported -> {path}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  left out: {Count("not_opted_in"):N0} not opted in (or consent unknown), {Count("no_email"):N0} without an email address, {Count("suppressed"):N0} unsubscribed, hard-bounced or reported spam"));
            return ExitCodes.Success;
        });
        return command;
    }
}
