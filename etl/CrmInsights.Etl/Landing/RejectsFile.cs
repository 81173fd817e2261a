using System.Globalization;
using System.Runtime.CompilerServices;
using CrmInsights.Etl.Validation;
using CsvHelper;

namespace CrmInsights.Etl.Landing;

/// <summary>
/// The rejects of one batch as CSV (<c>rejects/&lt;source&gt;/&lt;file&gt;.rejects.csv</c>): row_number, field, code, message, raw.
/// Its field warnings (optional values stored as NULL, rows loaded) go beside it in the same columns
/// (<c>&lt;file&gt;.warnings.csv</c>).
/// Text cells a spreadsheet would run as formulas are escaped with a leading apostrophe (CsvHelper injection escaping),
/// because operators open these files in Excel; <see cref="ReadAsync"/> removes the escape again.
/// </summary>
public static class RejectsFile
{
    private static readonly string[] Header = ["row_number", "field", "code", "message", "raw"];

    /// <summary>Streams the rejects back (e.g. for the etl reject table).</summary>
    public static async IAsyncEnumerable<Reject> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true, Separator = ',' });
        while (await csv.ReadAsync(cancellationToken))
        {
            yield return new Reject(
                long.Parse(csv.GetString(0) ?? "0", CultureInfo.InvariantCulture),
                Unescape(csv.GetString(1)), Unescape(csv.GetString(2)), Unescape(csv.GetString(3)), Unescape(csv.GetString(4)));
        }
    }

    // Undo the injection escape: a leading apostrophe before a formula trigger character.
    private static string Unescape(string? field) =>
        field is { Length: > 1 } && field[0] == '\'' && "=+-@\t\r".Contains(field[1], StringComparison.Ordinal) ? field[1..] : field ?? "";

    internal static CsvWriter Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        var csv = CsvWriter.Create(stream, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: false);
        csv.WriteHeader(Header);
        return csv;
    }

    internal static void Write(CsvWriter csv, FieldWarning w) =>
        csv.WriteRecord([w.RowNumber.ToString(CultureInfo.InvariantCulture), w.Field, w.Code, w.Message, w.RawText]);

    internal static void Write(CsvWriter csv, Reject r) =>
        csv.WriteRecord([r.RowNumber.ToString(CultureInfo.InvariantCulture), r.Field, r.Code, r.Message, r.RawText]);
}
