using System.Text;

namespace CrmInsights.Demo.Tests;

/// <summary>
/// A deliberately independent RFC 4180 reader (not CsvHelper) so tests re-read the files the
/// way an outsider would: records with their 1-based start line, quoted fields may hold line breaks.
/// </summary>
internal static class SimpleCsv
{
    public sealed record Record(int Row, int Line, string[] Fields);

    public static (string[] Header, List<Record> Rows) Read(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false));
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var records = new List<(int Line, string[] Fields)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var inQuotes = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((start, fields.ToArray()));
                    fields.Clear();
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }

            i++;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((start, fields.ToArray()));
        }

        var header = records[0].Fields;
        return (header, records.Skip(1).Select((r, n) => new Record(n + 1, r.Line, r.Fields)).ToList());
    }

    public static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        var (header, rows) = Read(path);
        foreach (var r in rows)
        {
            yield return header.Select((h, n) => (h, v: n < r.Fields.Length ? r.Fields[n] : "")).ToDictionary(x => x.h, x => x.v);
        }
    }
}
