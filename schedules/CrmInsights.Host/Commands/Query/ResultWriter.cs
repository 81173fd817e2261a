using System.Data.Common;
using System.Globalization;
using System.Text;
using CsvHelper;

namespace CrmInsights.Host.Commands.Query;

/// <summary>Writes a query result as an aligned text table, CSV (formula-guarded) or Parquet. Values are written as data, never interpreted.</summary>
internal static class ResultWriter
{
    public const string Table = "table";
    public const string Csv = "csv";
    public const string Parquet = "parquet";

    public static readonly string[] Formats = [Table, Csv, Parquet];

    private const int TableRowLimit = 10_000;

    /// <param name="rawCsv">CSV only: write text cells verbatim, without the formula guard (for programs, not spreadsheets).</param>
    public static async Task<long> WriteAsync(DbDataReader reader, string format, string? outputPath, TextWriter console, bool rawCsv, CancellationToken ct)
    {
        switch (format)
        {
            case Parquet:
                await using (var stream = File.Create(outputPath!))
                {
                    return await ParquetResultWriter.WriteAsync(reader, stream, ct);
                }

            case Csv when outputPath is not null:
                await using (var file = File.Create(outputPath))
                {
                    return await WriteCsvAsync(reader, file, rawCsv, ct);
                }

            case Csv:
                await console.FlushAsync(ct);
                await using (var stdout = Console.OpenStandardOutput())
                {
                    return await WriteCsvAsync(reader, stdout, rawCsv, ct);
                }

            default:
                return await WriteTableAsync(reader, console, ct);
        }
    }

    /// <summary>
    /// RFC 4180 CSV with a header row. Text cells (names, codes, free text from the sources) that start with = + - @ tab or
    /// CR get a leading ' (and quotes), as OWASP advises against CSV injection, so a spreadsheet shows them instead of running
    /// them as formulas; numbers, dates and booleans are written as values, so -5 stays -5. <paramref name="raw"/> turns the
    /// guard off for programs that read the file.
    /// </summary>
    public static async Task<long> WriteCsvAsync(DbDataReader reader, Stream stream, bool raw, CancellationToken ct)
    {
        var options = new CsvWriterOptions { Injection = raw ? CsvInjection.None : CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture };
        using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        for (int i = 0; i < reader.FieldCount; i++)
        {
            csv.WriteField(reader.GetName(i)); // column aliases are text from the query, guarded like any cell
        }
        csv.EndRecord();
        long rows = 0;
        while (await reader.ReadAsync(ct))
        {
            for (int i = 0; i < reader.FieldCount; i++)
            {
                WriteCell(csv, reader, i);
            }

            csv.EndRecord();
            rows++;
        }

        return rows;
    }

    private static void WriteCell(CsvWriter csv, DbDataReader reader, int i)
    {
        if (reader.IsDBNull(i))
        {
            csv.WriteField((string?)null);
            return;
        }

        switch (reader.GetValue(i))
        {
            case string text:
                csv.WriteField(text);
                break;
            case DateTime t:
                csv.WriteField(t, "yyyy-MM-dd HH:mm:ss.FFF");
                break;
            case DateOnly d:
                csv.WriteField(d, "yyyy-MM-dd");
                break;
            // DuckDB sums of integers are HUGEINT: written as the number it is, not as text.
            case System.Numerics.BigInteger big when big >= (System.Numerics.BigInteger)decimal.MinValue && big <= (System.Numerics.BigInteger)decimal.MaxValue:
                csv.WriteField((object)(decimal)big);
                break;
            case var value:
                csv.WriteField(value);
                break;
        }
    }

    /// <summary>
    /// An aligned table on the console. Column widths need the rows, so at most 10,000 are shown
    /// (use --format csv or parquet for more); control characters are shown escaped so data cannot
    /// drive the terminal.
    /// </summary>
    public static async Task<long> WriteTableAsync(DbDataReader reader, TextWriter writer, CancellationToken ct)
    {
        var header = Enumerable.Range(0, reader.FieldCount).Select(i => Printable(reader.GetName(i))).ToArray();
        var rows = new List<string[]>();
        long total = 0;
        while (await reader.ReadAsync(ct))
        {
            total++;
            if (rows.Count < TableRowLimit)
            {
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Printable(Text(reader, i) ?? "NULL"))]);
            }
        }

        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        await writer.WriteLineAsync(string.Join(" | ", header.Select((h, i) => h.PadRight(widths[i]))));
        await writer.WriteLineAsync(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(string.Join(" | ", row.Select((v, i) => v.PadRight(widths[i]))));
        }

        await writer.WriteLineAsync(total > rows.Count
            ? string.Create(CultureInfo.InvariantCulture, $"({total} rows, first {rows.Count} shown; use --format csv or parquet for all)")
            : string.Create(CultureInfo.InvariantCulture, $"({total} rows)"));
        return total;
    }

    public static string? Text(DbDataReader reader, int i)
    {
        if (reader.IsDBNull(i))
        {
            return null;
        }

        return reader.GetValue(i) switch
        {
            DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFF", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var v => v.ToString(),
        };
    }

    private static string Printable(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : c.ToString());
        }

        return sb.ToString();
    }
}
