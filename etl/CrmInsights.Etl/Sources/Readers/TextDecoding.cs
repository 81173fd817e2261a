using System.Text;

namespace CrmInsights.Etl.Sources.Readers;

/// <summary>Strict UTF-8 for source text: a BOM is skipped, invalid bytes throw so the file is quarantined rather than misread.</summary>
internal static class TextDecoding
{
    /// <summary>UTF-8 whose preamble (BOM) StreamReader skips and that throws on invalid bytes.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    public static StreamReader OpenReader(Stream stream) =>
        new(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);

    /// <summary>
    /// A reader honouring a byte order mark (UTF-8, UTF-16 LE/BE) and otherwise decoding with <paramref name="fallback"/>;
    /// returns the reader and the name of the encoding it reads. The stream must be seekable (inbox files are).
    /// </summary>
    public static (StreamReader Reader, string EncodingName) OpenReader(Stream stream, Encoding fallback, string fallbackName)
    {
        Span<byte> head = stackalloc byte[3];
        var start = stream.Position;
        var n = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        stream.Position = start;
        var (encoding, name) = head[..n] switch
        {
            [0xEF, 0xBB, 0xBF] => (StrictUtf8, "utf-8"),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, true, true), "utf-16"),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, true, true), "utf-16be"),
            _ => (fallback, fallbackName),
        };
        return (new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true), name);
    }

    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");
}
