using System.Buffers;
using System.Text.Json;

namespace CrmInsights.Demo.Output;

/// <summary>
/// A daily JSON Lines file: one flat object per line written with <see cref="Utf8JsonWriter"/>
/// into a reusable buffer that is flushed to disk in 64 KB blocks. Absent optional fields are
/// omitted (read them as null).
/// </summary>
internal sealed class DailyJsonlFile : DailyFile
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 17);
    private readonly Utf8JsonWriter _json;
    private FileStream? _stream;

    public DailyJsonlFile(string inbox, string source, string entity, DropPeriod period)
        : base(inbox, source, entity, "jsonl", period)
    {
        _json = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    /// <summary>Starts a row; write the properties on the returned writer, then call <see cref="EndRow"/>.</summary>
    public Utf8JsonWriter BeginRow()
    {
        _json.Reset(_buffer);
        _json.WriteStartObject();
        return _json;
    }

    /// <summary>Ends the row started by <see cref="BeginRow"/>; returns its 1-based row (= line) number.</summary>
    public int EndRow()
    {
        _json.WriteEndObject();
        _json.Flush();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        Rows++;
        Lines++;
        if (_buffer.WrittenCount > 1 << 16)
        {
            Drain();
        }

        return Rows;
    }

    protected override void Open(string path, FileFeatures features)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        if ((features & FileFeatures.Bom) != FileFeatures.None)
        {
            _stream.Write([0xEF, 0xBB, 0xBF]);
        }
    }

    protected override void CloseStream()
    {
        Drain();
        _stream?.Dispose();
        _stream = null;
    }

    private void Drain()
    {
        _stream?.Write(_buffer.WrittenSpan);
        _buffer.Clear();
    }
}
