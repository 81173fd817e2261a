using System.Text;

namespace CrmInsights.Etl.Sources.Readers;

/// <summary>How a CSV export is written: delimiter (null = detected), quote, encoding without BOM, lines before the header.</summary>
/// <param name="Delimiter">Field delimiter, or null to detect among , ; tab |.</param>
/// <param name="Quote">Quote character.</param>
/// <param name="Encoding">Decoder used when the file has no byte order mark (strict: invalid bytes make the file unreadable).</param>
/// <param name="EncodingName">The configured name (for messages).</param>
/// <param name="SkipRows">Lines before the header row.</param>
/// <param name="ConfigKey">The configuration section that sets the dialect (named in reasons).</param>
public sealed record CsvDialect(char? Delimiter, char Quote, Encoding Encoding, string EncodingName, int SkipRows, string ConfigKey)
{
    /// <summary>The encodings a source may name, by the spellings accepted in configuration.</summary>
    public static IReadOnlyList<string> EncodingNames { get; } = ["utf-8", "utf-16", "utf-16be", "windows-1252", "iso-8859-1"];

    /// <summary>RFC 4180 comma CSV in UTF-8 with the delimiter detected.</summary>
    public static CsvDialect Default { get; } = new(null, '"', TextDecoding.StrictUtf8, "utf-8", 0, "Etl:Sources:<source>");

    /// <summary>A strict decoder for a configured encoding name; null when the name is not supported.</summary>
    public static Encoding? EncodingOf(string? name)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case null or "" or "utf-8" or "utf8":
                return TextDecoding.StrictUtf8;
            case "utf-16" or "utf-16le" or "unicode":
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
            case "utf-16be":
                return new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
            case "windows-1252" or "cp1252" or "1252":
                return CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            case "iso-8859-1" or "latin1" or "latin-1":
                return Encoding.Latin1;
            default:
                return null;
        }
    }

    /// <summary>Reads a configured delimiter: , ; | tab (or a tab character) or auto/empty (detect). False when unsupported.</summary>
    public static bool TryParseDelimiter(string? text, out char? delimiter)
    {
        delimiter = null;
        switch (text?.ToLowerInvariant())
        {
            case null or "" or "auto":
                return true;
            case "tab" or "\t" or "\\t":
                delimiter = '\t';
                return true;
            case "," or ";" or "|":
                delimiter = text[0];
                return true;
            default:
                return false;
        }
    }

    /// <summary>The delimiter as written in configuration and messages.</summary>
    public static string Name(char delimiter) => delimiter == '\t' ? "tab" : delimiter.ToString();
}
