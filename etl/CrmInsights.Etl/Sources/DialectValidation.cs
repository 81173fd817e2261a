using CrmInsights.Etl.Sources.Readers;
using CrmInsights.Etl.Validation;
using CrmInsights.Warehouse.Foundation;

namespace CrmInsights.Etl.Sources;

/// <summary>Checks the dialect, number-culture, time-zone and file-name keys of a source and its entities (part of <see cref="EtlOptionsValidator"/>).</summary>
internal static class DialectValidation
{
    /// <summary>The message for a source whose Kind is missing (a built-in name overridden without repeating its Kind).</summary>
    public static string MissingKind(string key, string sourceName) =>
        SourceKinds.All.Contains(sourceName.ToLowerInvariant(), StringComparer.Ordinal)
            ? $"{key}:Kind is required: configuring the built-in source '{sourceName}' replaces its defaults, so set {key}:Kind to '{sourceName.ToLowerInvariant()}' (one of {string.Join(", ", SourceKinds.All)})."
            : $"{key}:Kind is required (one of {string.Join(", ", SourceKinds.All)}).";

    public static void Validate(string key, SourceOptions s, List<string> errors)
    {
        Common(key, s.Delimiter, s.Quote, s.Encoding, s.SkipRows, s.DecimalSeparator, s.ThousandsSeparator, s.TimeZone, errors);
        InvalidValues(key, s.InvalidOptionalValues, errors);
        foreach (var (entityName, m) in s.Entities)
        {
            var ek = $"{key}:Entities:{entityName}";
            Common(ek, m.Delimiter, m.Quote, m.Encoding, m.SkipRows, m.DecimalSeparator, m.ThousandsSeparator, m.TimeZone, errors);
            InvalidValues(ek, m.InvalidOptionalValues, errors);
            if (m.FilePattern is { } pattern && (pattern.Length == 0 || pattern.IndexOfAny(['/', '\\']) >= 0))
            {
                errors.Add($"{ek}:FilePattern must be a file name pattern (wildcards * and ?, no folders), was '{pattern}'.");
            }

            foreach (var (field, fm) in m.Fields)
            {
                Separators($"{ek}:Fields:{field}", fm.DecimalSeparator ?? m.DecimalSeparator ?? s.DecimalSeparator, fm.ThousandsSeparator ?? m.ThousandsSeparator ?? s.ThousandsSeparator, errors);
            }
        }
    }

    private static void Common(string key, string? delimiter, string? quote, string? encoding, int? skipRows, string? dec, string? thousands, string? zone, List<string> errors)
    {
        if (!CsvDialect.TryParseDelimiter(delimiter, out _))
        {
            errors.Add($"{key}:Delimiter must be one of ',', ';', '|', 'tab' or 'auto', was '{delimiter}'.");
        }

        if (quote is { Length: not 1 })
        {
            errors.Add($"{key}:Quote must be one character, was '{quote}'.");
        }

        if (encoding is not null && CsvDialect.EncodingOf(encoding) is null)
        {
            errors.Add($"{key}:Encoding must be one of {string.Join(", ", CsvDialect.EncodingNames)}, was '{encoding}'.");
        }

        if (skipRows is < 0 or > 100)
        {
            errors.Add($"{key}:SkipRows must be 0..100, was {skipRows}.");
        }

        if (zone is not null && !TimeZones.TryFind(zone, out _))
        {
            errors.Add($"{key}:TimeZone '{zone}' is not a known IANA or Windows time zone id.");
        }

        Separators(key, dec, thousands, errors);
    }

    private static void InvalidValues(string key, string? setting, List<string> errors)
    {
        if (!InvalidValuePolicy.IsValid(setting))
        {
            errors.Add($"{key}:InvalidOptionalValues must be {string.Join(" or ", InvalidValuePolicy.All)}, was '{setting}'.");
        }
    }

    private static void Separators(string key, string? dec, string? thousands, List<string> errors)
    {
        if (!NumberFormat.TryParseSeparator(dec, true, out var d))
        {
            errors.Add($"{key}:DecimalSeparator must be '.' or ',', was '{dec}'.");
        }

        if (!NumberFormat.TryParseSeparator(thousands, false, out var t))
        {
            errors.Add($"{key}:ThousandsSeparator must be ',', '.', \"'\", 'space' or 'none', was '{thousands}'.");
        }

        if (d is not null && d == t)
        {
            errors.Add($"{key}: DecimalSeparator and ThousandsSeparator are both '{d}'; a number could not be read.");
        }
    }
}
