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

    /// <summary>
    /// Where the first byte sequence that is not valid UTF-8 starts: its 1-based line and 0-based byte offset
    /// ("line 12, byte offset 4,031"), found by scanning the file again (the reader decodes a buffer ahead of the record it hands out, so the
    /// record count at the failure does not say where the bad bytes are). Null when the stream cannot seek or scans clean.
    /// </summary>
    public static string? FirstInvalidUtf8(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return null;
        }

        stream.Position = 0;
        var buffer = new byte[64 * 1024];
        long offset = 0, line = 1;
        var carry = 0;
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0 || carry > 0)
        {
            var length = carry + read;
            var span = buffer.AsSpan(0, length);
            var i = 0;
            while (i < length)
            {
                var status = System.Text.Rune.DecodeFromUtf8(span[i..], out _, out var used);
                if (status == System.Buffers.OperationStatus.NeedMoreData && read > 0)
                {
                    break; // the sequence continues in the next buffer
                }

                if (status != System.Buffers.OperationStatus.Done)
                {
                    return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {line:N0}, byte offset {offset + i:N0}");
                }

                if (span[i] == (byte)'\n')
                {
                    line++;
                }

                i += used;
            }

            offset += i;
            carry = length - i;
            span[i..].CopyTo(buffer);
            if (read == 0)
            {
                break;
            }
        }

        return null;
    }

    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");
}
