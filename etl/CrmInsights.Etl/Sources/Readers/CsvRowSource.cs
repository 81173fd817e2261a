using System.Runtime.CompilerServices;
using System.Text;
using CrmInsights.Etl.Validation;
using CsvHelper;

namespace CrmInsights.Etl.Sources.Readers;

/// <summary>RFC 4180 CSV (quoted fields, embedded newlines, CRLF or LF, UTF-8 with or without BOM), streamed record by record.</summary>
/// <remarks>
/// Text is decoded by a strict UTF-8 reader (invalid bytes make the file unreadable instead of silently replaced);
/// header rows are read as ordinary records so exports with several (Qualtrics: 3) work.
/// </remarks>
internal sealed class CsvRowSource(Stream stream, int headerRows, int maxRawLength, CsvDialect? dialect = null) : IRowSource
{
    private readonly Dictionary<long, CsvMalformedReason> _malformed = [];
    private StreamReader? _text;
    private string _encodingRead = "utf-8";
    private CsvReader? _csv;
    private Dictionary<string, int>? _index;
    private int _headerWidth;
    private long _records;
    private long? _unterminatedAt;

    private readonly CsvDialect _dialect = dialect ?? CsvDialect.Default;

    public IReadOnlyCollection<string>? Columns => _index?.Keys;

    /// <summary>How the file was read (delimiter used, encoding), for reasons about its header.</summary>
    public string Shape => $"read as '{(_csv is null ? "?" : CsvDialect.Name(_csv.Separator))}'-delimited {_encodingRead} (set {_dialect.ConfigKey}:Delimiter, :Encoding, :SkipRows or :HeaderRows if that is wrong)";

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        (_text, _encodingRead) = TextDecoding.OpenReader(stream, _dialect.Encoding, _dialect.EncodingName);
        for (var i = 0; i < _dialect.SkipRows; i++)
        {
            if (await ReadLineAsync(cancellationToken) is null)
            {
                throw new UnreadableSourceException($"The file ends within the {_dialect.SkipRows} line(s) skipped before its header ({_dialect.ConfigKey}:SkipRows).");
            }
        }

        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = _dialect.Delimiter,
            Quote = _dialect.Quote,
            DetectSeparatorHint = _dialect.Delimiter is null,
            Mode = CsvMode.Rfc4180,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = OnMalformed,
        };
        _csv = CsvReader.Create(_text, options, leaveOpen: true);
        string[]? header = null;
        for (var i = 0; i < Math.Max(1, headerRows); i++)
        {
            if (!await NextAsync(cancellationToken))
            {
                throw new UnreadableSourceException(i == 0 ? "The file is empty: no header row." : $"The file ends inside its {headerRows} header rows.");
            }

            CheckRecord(i == 0 ? "the header" : $"header row {i + 1}");
            header ??= Fields();
        }

        _headerWidth = header!.Length;
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (name.Length > 0 && !_index.TryAdd(name, i))
            {
                // Which of the two holds the value is ambiguous: never pick one silently.
                throw new UnreadableSourceException(
                    $"The header names '{name}' more than once (columns {_index[name] + 1} and {i + 1}). Deliver the file with each column once.");
            }
        }
    }

    public async IAsyncEnumerable<RawRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long row = 0;
        while (await NextAsync(cancellationToken))
        {
            row++;
            var raw = CheckRecord($"data row {row}", allowNul: true);
            var fields = Fields();
            (string, string)? problem = null;
            if (raw.Contains('\0', StringComparison.Ordinal))
            {
                // One bad row is that row's problem, not the file's: the other rows load (a binary file fails at its header).
                problem = (RejectCodes.InvalidText, $"Data row {row} contains a NUL character (byte 0){NulField(fields)}: binary data inside a text row; the other rows load.");
                raw = raw.Replace('\0', '\uFFFD');
            }
            else if (_malformed.Remove(_records, out var reason))
            {
                problem = (RejectCodes.ColumnCount, $"Malformed CSV record ({reason}): a quote inside an unquoted field or text after a closing quote.");
            }
            else if (fields.Length != _headerWidth)
            {
                problem = (RejectCodes.ColumnCount, $"The record has {fields.Length} fields; the header has {_headerWidth}.");
            }

            yield return new CsvRow(fields, _index!, TextDecoding.Truncate(raw, maxRawLength)) { RowNumber = row, Problem = problem };
        }

        if (_unterminatedAt is not null)
        {
            throw new UnreadableSourceException($"The file ends inside a quoted field (record {_unterminatedAt}): truncated or broken quoting.");
        }
    }

    private void OnMalformed(CsvMalformedRecord record)
    {
        if (record.Reason == CsvMalformedReason.UnterminatedQuote)
        {
            _unterminatedAt ??= record.RecordNumber;
        }
        else
        {
            _malformed[record.RecordNumber] = record.Reason;
        }
    }

    private async Task<bool> NextAsync(CancellationToken cancellationToken)
    {
        try
        {
            var more = await _csv!.ReadAsync(cancellationToken);
            if (more)
            {
                _records++;
            }

            return more;
        }
        catch (DecoderFallbackException ex)
        {
            throw new UnreadableSourceException(
                $"The file is not valid {_encodingRead} text {InvalidAt()} ({ex.Message}); if it was written in another encoding, set {_dialect.ConfigKey}:Encoding to one of {string.Join(", ", CsvDialect.EncodingNames)} (a UTF-8 or UTF-16 byte order mark is always honoured).", ex);
        }
        catch (CsvFormatException ex)
        {
            throw new UnreadableSourceException($"The file is not readable CSV: {ex.Message}", ex);
        }
    }

    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _text!.ReadLineAsync(cancellationToken);
        }
        catch (DecoderFallbackException ex)
        {
            throw new UnreadableSourceException($"The file is not valid {_encodingRead} text {InvalidAt()}, in the lines before its header; set {_dialect.ConfigKey}:Encoding.", ex);
        }
    }

    private string[] Fields()
    {
        var fields = new string[_csv!.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = _csv.GetString(i) ?? "";
        }

        return fields;
    }

    private string CheckRecord(string where, bool allowNul = false)
    {
        var raw = Encoding.UTF8.GetString(_csv!.RawRecord);
        if (!allowNul && raw.Contains('\0', StringComparison.Ordinal))
        {
            throw new UnreadableSourceException(
                $"The file contains NUL characters in {where}: binary data, or UTF-16 text without a byte order mark (then set {_dialect.ConfigKey}:Encoding to utf-16).");
        }

        if (_unterminatedAt is { } at && at <= _records)
        {
            throw new UnreadableSourceException($"The file ends inside a quoted field that starts in {where}: truncated or broken quoting.");
        }

        return raw;
    }

    /// <summary>"at line 12, byte 4,031" where UTF-8 text first goes wrong; for other encodings the records read so far.</summary>
    private string InvalidAt() =>
        (_encodingRead == "utf-8" ? TextDecoding.FirstInvalidUtf8(stream) : null) is { } at ? "at " + at : $"after {_records} records were read";

    /// <summary>" in field 'sku'" for the first field holding a NUL, named from the header.</summary>
    private string NulField(string[] fields)
    {
        var at = Array.FindIndex(fields, f => f.Contains('\0', StringComparison.Ordinal));
        var name = _index!.FirstOrDefault(kv => kv.Value == at).Key;
        return at < 0 ? "" : name is null ? $" in field {at + 1}" : $" in field '{name}'";
    }

    public async ValueTask DisposeAsync()
    {
        if (_csv is not null)
        {
            await _csv.DisposeAsync();
        }

        _text?.Dispose();
    }

    private sealed class CsvRow(string[] fields, Dictionary<string, int> index, string raw) : RawRow
    {
        public override string RawText => raw;

        public override string? Field(string column) =>
            index.TryGetValue(column, out var i) && i < fields.Length ? fields[i] : null;
    }
}
