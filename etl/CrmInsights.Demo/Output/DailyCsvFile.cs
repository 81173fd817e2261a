using CsvHelper;

namespace CrmInsights.Demo.Output;

/// <summary>
/// A daily CSV file written with CsvHelper: header row, RFC 4180 quoting (only where needed),
/// LF line ends unless the file is designated CRLF, UTF-8 without BOM unless designated.
/// Formula-like text is written as the source would send it (no injection escaping): the
/// ETL, not the export, is where it must be neutralised.
/// </summary>
internal sealed class DailyCsvFile : DailyFile
{
    private readonly string[] _header;
    private readonly int _wrongHeaderColumn;
    private CsvWriter? _csv;

    public DailyCsvFile(string inbox, string source, string entity, string[] header, int wrongHeaderColumn, DropPeriod period)
        : base(inbox, source, entity, "csv", period)
    {
        _header = header;
        _wrongHeaderColumn = wrongHeaderColumn;
    }

    public IReadOnlyList<string> Header => _header;

    /// <summary>The column a wrong-header file misnames (a required one).</summary>
    public string WrongHeaderColumn => _header[_wrongHeaderColumn];

    /// <summary>Writes one record; returns its 1-based data row number and first physical line.</summary>
    public (int Row, int Line) Write(string?[] fields)
    {
        var csv = _csv ?? throw new InvalidOperationException("No file is open.");
        var extraLines = 0;
        foreach (var f in fields)
        {
            csv.WriteField(f ?? "");
            if (f is not null && f.Contains('\n', StringComparison.Ordinal))
            {
                extraLines += f.AsSpan().Count('\n');
            }
        }

        csv.EndRecord();
        Rows++;
        var line = Lines + 1;
        Lines += 1 + extraLines;
        return (Rows, line);
    }

    protected override void Open(string path, FileFeatures features)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        var options = new CsvWriterOptions
        {
            NewLine = (features & FileFeatures.Crlf) != FileFeatures.None ? "\r\n" : "\n",
            WriteByteOrderMark = (features & FileFeatures.Bom) != FileFeatures.None,
            Injection = CsvInjection.None,
        };
        _csv = CsvWriter.Create(stream, options, leaveOpen: false);
        for (var i = 0; i < _header.Length; i++)
        {
            var name = _header[i];
            _csv.WriteField((features & FileFeatures.WrongHeader) != FileFeatures.None && i == _wrongHeaderColumn ? name + "_x" : name);
        }

        _csv.EndRecord();
        Lines = 1;
    }

    protected override void CloseStream()
    {
        _csv?.Dispose();
        _csv = null;
    }
}
