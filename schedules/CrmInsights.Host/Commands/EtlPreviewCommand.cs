using System.CommandLine;
using CrmInsights.Etl.Extraction;
using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Sources.Readers;
using CrmInsights.Host.Cli;
using Microsoft.Extensions.Options;

namespace CrmInsights.Host.Commands;

/// <summary>
/// <c>crm-insights etl preview FILE [--source S] [--entity E] [--rows N]</c>: how the current mapping reads the first rows
/// (logic in CrmInsights.Etl.Extraction.MappingPreview). Loads nothing. Exit codes: 0 every row shown reads; 3 the file
/// would be quarantined, the source or entity cannot be told, or a row shown would be rejected.
/// </summary>
internal static class EtlPreviewCommand
{
    private static readonly Argument<FileInfo> File = new("file") { Description = "The export to preview (anywhere; in inbox/<source>/ the source is taken from the folder)." };
    private static readonly Option<string> Source = new("--source", "-s") { Description = "Source whose mapping reads the file (default: the file's folder name)." };
    private static readonly Option<string> Entity = new("--entity", "-e") { Description = "Entity (default: from the file name and the FilePattern settings)." };
    private static readonly Option<int> Rows = new("--rows", "-n") { Description = "Rows to show (default 10).", DefaultValueFactory = _ => 10 };

    public static Command Create()
    {
        var preview = new Command("preview", "Show how the mapping reads a file's first rows (canonical fields, rejects with reasons); loads nothing.") { File, Source, Entity, Rows };
        preview.SetRun(async (context, parse, ct) =>
        {
            var file = parse.GetValue(File)!;
            var rows = parse.GetValue(Rows);
            if (rows < 1)
            {
                Console.Error.WriteLine($"--rows must be at least 1, was {rows}.");
                return ExitCodes.Configuration;
            }

            if (!file.Exists)
            {
                Console.Error.WriteLine($"No file '{file.FullName}'.");
                return ExitCodes.Input;
            }

            MappingPreview.Result result;
            try
            {
                result = await MappingPreview.RunAsync(context.Get<IOptions<EtlOptions>>().Value, file.FullName, parse.GetValue(Source), parse.GetValue(Entity), rows, context.Get<TimeProvider>(), ct);
            }
            catch (Exception ex) when (ex is UnreadableSourceException or ArgumentException)
            {
                Console.WriteLine($"{file.Name} would be quarantined: {ex.Message}");
                return ExitCodes.Input;
            }

            Print(file.Name, result);
            return result.Rows.Any(r => r.Reject is not null) ? ExitCodes.Input : ExitCodes.Success;
        });
        return preview;
    }

    private static void Print(string fileName, MappingPreview.Result result)
    {
        Console.WriteLine($"{fileName} as {result.Source}/{result.Entity} (mapping {result.ConfigKey}){(result.Shape.Length > 0 ? "; " + result.Shape : "")}");
        foreach (var row in result.Rows)
        {
            Console.WriteLine(row.Reject is { } r
                ? $"  row {row.RowNumber}: REJECTED {(r.Field.Length > 0 ? r.Field + " " : "")}{r.Code}: {r.Message}"
                : $"  row {row.RowNumber}: {string.Join(", ", row.Values!.Where(v => v.Value is not null).Select(v => $"{v.Field}={v.Value}"))}");
            foreach (var w in row.Warnings)
            {
                Console.WriteLine($"    {w.Field} stored as NULL ({w.Code}): {w.Message}");
            }
        }

        var rejected = result.Rows.Count(r => r.Reject is not null);
        var warned = result.Rows.Sum(r => r.Warnings.Count);
        Console.WriteLine($"{result.Rows.Count} row(s) shown: {result.Rows.Count - rejected} read, {rejected} rejected" +
            $"{(warned > 0 ? $", {warned} optional field(s) stored as NULL (set Etl:Sources:{result.Source}:InvalidOptionalValues to Reject to reject such rows instead)" : "")}" +
            $"{(result.Skipped > 0 ? $", {result.Skipped} skipped by SkipWhen" : "")}. Nothing was loaded.");
    }
}
