using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Sources.Readers;

namespace CrmInsights.Etl.Validation;

// The source-level settings an entity mapping resolves (entity override, else source, else default), and the
// configuration keys reasons name so a retailer knows what to change.
public sealed partial class EntityMapping
{
    private readonly Dictionary<string, NumberFormat> _numbers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The configured source name.</summary>
    public string SourceName { get; private set; } = "";

    /// <summary><c>Etl:Sources:&lt;source&gt;:Entities:&lt;entity&gt;</c>.</summary>
    public string ConfigKey => $"Etl:Sources:{SourceName}:Entities:{Entity.Name}";

    /// <summary>How CSV files of this entity are written.</summary>
    public CsvDialect Dialect { get; private set; } = CsvDialect.Default;

    /// <summary>Time zone for timestamps without an offset when the field names none (entity, else source); null when unset.</summary>
    public string? DefaultTimeZone { get; private set; }

    /// <summary>An unreadable optional value rejects its row (<c>InvalidOptionalValues</c> = Reject) instead of being stored as NULL with a warning.</summary>
    public bool RejectsInvalidOptionalValues { get; private set; }

    /// <summary>order_lines: infer unseen stores and products instead of rejecting the line.</summary>
    public bool InferMissingReferences { get; private set; }

    /// <summary>
    /// Source columns the configuration (not the preset) maps, each as the alternatives of which one must be in the header:
    /// a configured column missing from a file's header quarantines the file, naming the column.
    /// </summary>
    public IReadOnlyList<(string Field, IReadOnlyList<string> Columns)> ConfiguredColumns { get; private set; } = [];

    /// <summary>The configuration key of one field's mapping.</summary>
    public string FieldKey(string field) => $"{ConfigKey}:Fields:{field}";

    /// <summary>The number format of a field in text files.</summary>
    public NumberFormat NumberFormatOf(string field) =>
        _numbers.TryGetValue(field, out var f) ? f : _numbers.GetValueOrDefault("") ?? NumberFormat.Invariant;

    private EntityMapping Configure(string sourceName, SourceOptions source, EntityMappingOptions? over, EntityMappingOptions preset)
    {
        SourceName = sourceName;
        var sourceKey = $"Etl:Sources:{sourceName}";
        _ = CsvDialect.TryParseDelimiter(over?.Delimiter ?? source.Delimiter, out var delimiter); // validated at start-up
        var encodingName = over?.Encoding ?? source.Encoding ?? "utf-8";
        var quote = over?.Quote ?? source.Quote;
        Dialect = new CsvDialect(
            delimiter, string.IsNullOrEmpty(quote) ? '"' : quote[0], CsvDialect.EncodingOf(encodingName) ?? CsvDialect.Default.Encoding, encodingName,
            over?.SkipRows ?? source.SkipRows ?? 0, over?.Encoding is not null || over?.Delimiter is not null ? ConfigKey : sourceKey);
        DefaultTimeZone = over?.TimeZone ?? source.TimeZone;
        RejectsInvalidOptionalValues = InvalidValuePolicy.Rejects(over?.InvalidOptionalValues ?? source.InvalidOptionalValues);
        InferMissingReferences = over?.InferMissingReferences ?? preset.InferMissingReferences ?? false;

        var decimalText = over?.DecimalSeparator ?? source.DecimalSeparator;
        var thousandsText = over?.ThousandsSeparator ?? source.ThousandsSeparator;
        var numberKey = over?.DecimalSeparator is not null || over?.ThousandsSeparator is not null ? ConfigKey : sourceKey;
        _numbers[""] = Format(decimalText, thousandsText, numberKey);
        foreach (var (name, m) in Fields)
        {
            var key = m.DecimalSeparator is not null || m.ThousandsSeparator is not null ? FieldKey(name) : numberKey;
            _numbers[name] = Format(m.DecimalSeparator ?? decimalText, m.ThousandsSeparator ?? thousandsText, key);
        }

        var configured = new List<(string, IReadOnlyList<string>)>();
        foreach (var (name, m) in over?.Fields ?? [])
        {
            if (m.Columns is { Count: > 0 })
            {
                configured.AddRange(m.Columns.Select(c => (name, (IReadOnlyList<string>)[c])));
            }
            else if (m.Column is not null)
            {
                configured.Add((name, [m.Column, .. m.Coalesce ?? []]));
            }
        }

        ConfiguredColumns = configured;
        return this;
    }

    private static NumberFormat Format(string? decimalText, string? thousandsText, string key)
    {
        _ = NumberFormat.TryParseSeparator(decimalText, true, out var dec); // validated at start-up
        _ = NumberFormat.TryParseSeparator(thousandsText, false, out var thousands);
        return new NumberFormat(dec ?? '.', dec is not null, thousands, key);
    }
}
