using System.Globalization;
using System.Text.RegularExpressions;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Etl.Validation;

/// <summary>Invariant-culture parsers for source text.</summary>
internal static partial class ValueParsers
{
    public const long MinUnixSeconds = 946_684_800;   // 2000-01-01
    public const long MaxUnixSeconds = 4_102_444_800; // 2100-01-01

    private static readonly string[] IsoDate = ["yyyy-MM-dd"];

    public static bool TryBoolean(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "t" or "y" or "yes" or "1":
                value = true;
                return true;
            case "false" or "f" or "n" or "no" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static bool TryInteger(string text, out long value)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        // Exports from spreadsheets and Parquet doubles write whole numbers as "3.0".
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            && d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue)
        {
            value = (long)d;
            return true;
        }

        return false;
    }

    public static bool TryDecimal(string text, bool money, out decimal value)
    {
        var s = text.Trim();
        if (money)
        {
            var negative = false;
            if (s.StartsWith('(') && s.EndsWith(')'))
            {
                negative = true;
                s = s[1..^1].Trim();
            }

            if (s.StartsWith('-'))
            {
                negative = !negative;
                s = s[1..].TrimStart();
            }

            s = MoneyNoise().Replace(s, "");
            if (s.StartsWith('-'))
            {
                negative = !negative;
                s = s[1..];
            }

            if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value))
            {
                return false;
            }

            value = negative ? -value : value;
            return true;
        }

        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    public static bool IsEmail(string v)
    {
        var at = v.IndexOf('@', StringComparison.Ordinal);
        return v.Length <= 320 && at > 0 && at == v.LastIndexOf('@') && at < v.Length - 1 && !v.Any(char.IsWhiteSpace);
    }

    public static bool TryDate(string text, List<string>? formats, out DateOnly value)
    {
        var all = formats is { Count: > 0 } ? [.. formats, .. IsoDate] : IsoDate;
        return DateOnly.TryParseExact(text.Trim(), all, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    public static TimestampResult TryTimestamp(string text, List<string>? formats, string? zone, out DateTimeOffset value, out string problem)
    {
        problem = "";
        var s = CompactOffset().Replace(text.Trim(), "${space}${hours}:${minutes}");
        value = default;
        DateTime local;
        var parsedLocal = false;
        if (formats is { Count: > 0 })
        {
            foreach (var f in formats)
            {
                var hasOffset = f.Contains('z', StringComparison.Ordinal) || f.Contains('K', StringComparison.Ordinal);
                if (hasOffset && DateTimeOffset.TryParseExact(s, f, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
                {
                    return TimestampResult.Ok;
                }

                if (!hasOffset && DateTime.TryParseExact(s, f, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
                {
                    return InZone(local, zone, out value, out problem);
                }
            }
        }

        var iso = IsoTimestamp().Match(s);
        if (!iso.Success)
        {
            return TimestampResult.Invalid;
        }

        if (iso.Groups["off"].Success)
        {
            return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
                ? TimestampResult.Ok
                : TimestampResult.Invalid;
        }

        parsedLocal = DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);
        return parsedLocal ? InZone(local, zone, out value, out problem) : TimestampResult.Invalid;
    }

    private static TimestampResult InZone(DateTime local, string? zone, out DateTimeOffset value, out string problem)
    {
        value = default;
        problem = "";
        if (string.IsNullOrWhiteSpace(zone))
        {
            return TimestampResult.MissingOffset;
        }

        if (!TimeZones.TryFind(zone, out var tz))
        {
            problem = $" (unknown time zone '{zone}')";
            return TimestampResult.Invalid;
        }

        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        value = new DateTimeOffset(unspecified, tz.GetUtcOffset(unspecified));
        return TimestampResult.Ok;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)?\s*(?<off>Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IsoTimestamp();

    [GeneratedRegex(@"(?<=\d)(?<space>\s*)(?<hours>[+-]\d{2})(?<minutes>\d{2})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"[\s$£€¥]|[A-Z]{3}", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyNoise();
}
