using System.Data.Common;
using System.Globalization;
using System.Text;
using CsvHelper;

namespace CrmInsights.Host.Commands.Query;

/// <summary>Writes a query result as an aligned text table, CSV or Parquet. Values are written as data, never interpreted.</summary>
internal static class ResultWriter
{
    public const string Table = "table";
    public const string Csv = "csv";
    public const string Parquet = "parquet";

    public static readonly string[] Formats = [Table, Csv, Parquet];

    private const int TableRowLimit = 10_000;

    public static async Task<long> WriteAsync(DbDataReader reader, string format, string? outputPath, TextWriter console, CancellationToken ct)
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
                    return await WriteCsvAsync(reader, file, ct);
                }

            case Csv:
                await console.FlushAsync(ct);
                await using (var stdout = Console.OpenStandardOutput())
                {
                    return await WriteCsvAsync(reader, stdout, ct);
                }

            default:
                return await WriteTableAsync(reader, console, ct);
        }
    }

    /// <summary>RFC 4180 CSV with a header row; cells are written verbatim (data out as data, no formula escaping).</summary>
    public static async Task<long> WriteCsvAsync(DbDataReader reader, Stream stream, CancellationToken ct)
    {
        using var csv = CsvWriter.Create(stream, new CsvWriterOptions { Injection = CsvInjection.None }, leaveOpen: true);
        csv.WriteHeader([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)]);
        long rows = 0;
        var values = new string?[reader.FieldCount];
        while (await reader.ReadAsync(ct))
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Text(reader, i);
            }

            csv.WriteRecord(values);
            rows++;
        }

        return rows;
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
