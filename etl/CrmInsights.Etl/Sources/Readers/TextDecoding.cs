using System.Text;

namespace CrmInsights.Etl.Sources.Readers;

/// <summary>Strict UTF-8 for source text: a BOM is skipped, invalid bytes throw so the file is quarantined rather than misread.</summary>
internal static class TextDecoding
{
    /// <summary>UTF-8 whose preamble (BOM) StreamReader skips and that throws on invalid bytes.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    public static StreamReader OpenReader(Stream stream) =>
        new(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);

    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");
}
