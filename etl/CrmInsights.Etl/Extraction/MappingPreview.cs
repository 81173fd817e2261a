using System.Globalization;
using System.Reflection;
using System.Text;
using CrmInsights.Etl.Files;
using CrmInsights.Etl.Sources;
using CrmInsights.Etl.Sources.Readers;
using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;

namespace CrmInsights.Etl.Extraction;

/// <summary>
/// How the current mapping reads the first rows of a file — canonical fields as they would be landed, or the reject with its
/// reason — without landing, archiving or loading anything (<c>crm-insights etl preview</c>). The tool a retailer uses while
/// writing a mapping.
/// </summary>
public static class MappingPreview
{
    /// <summary>One previewed row: its canonical values, or the reject.</summary>
    /// <param name="RowNumber">1-based data row.</param>
    /// <param name="Values">Canonical field → value as text (null when the row was rejected).</param>
    /// <param name="Reject">Why the row would be rejected (null when accepted).</param>
    /// <param name="Warnings">Optional fields of an accepted row that would be stored as NULL, and why.</param>
    public sealed record Row(long RowNumber, IReadOnlyList<(string Field, string? Value)>? Values, Reject? Reject, IReadOnlyList<FieldWarning> Warnings)
    {
        /// <summary>A row without field warnings.</summary>
        public Row(long rowNumber, IReadOnlyList<(string Field, string? Value)>? values, Reject? reject)
            : this(rowNumber, values, reject, [])
        {
        }
    }

    /// <summary>The preview of one file.</summary>
    /// <param name="Source">Source used.</param>
    /// <param name="Entity">Entity used.</param>
    /// <param name="ConfigKey">The mapping's configuration section.</param>
    /// <param name="Shape">How the file was read (CSV delimiter and encoding), empty for other formats.</param>
    /// <param name="Rows">The rows read, at most the number asked for.</param>
    /// <param name="Skipped">Rows skipped by SkipWhen rules.</param>
    public sealed record Result(string Source, string Entity, string ConfigKey, string Shape, IReadOnlyList<Row> Rows, long Skipped);

    /// <summary>
    /// Previews <paramref name="path"/>. The source defaults to the name of the inbox folder the file is in, the entity to the
    /// one its name selects. Throws <see cref="UnreadableSourceException"/> with the quarantine reason when the file could not
    /// be loaded at all, and <see cref="ArgumentException"/> when the source or entity cannot be told. <paramref name="time"/> is the
    /// clock the future-timestamp horizon is measured from (the system clock by default).
    /// </summary>
    public static async Task<Result> RunAsync(
        EtlOptions options, string path, string? source, string? entity, int rows, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fileName = Path.GetFileName(path);
        var sourceName = source ?? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        if (sourceName is null || !options.Sources.TryGetValue(sourceName, out var src))
        {
            throw new ArgumentException(
                $"Cannot tell the source of '{fileName}' (its folder is not a configured source); pass --source, one of {string.Join(", ", options.Sources.Keys.Order(StringComparer.Ordinal))}.", nameof(source));
        }

        sourceName = options.Sources.Keys.First(k => string.Equals(k, sourceName, StringComparison.OrdinalIgnoreCase));
        var entityName = entity ?? EntityNaming.EntityOf(src, fileName);
        var info = EntityCatalog.Find(src.Kind, entityName)
            ?? throw new ArgumentException(
                $"'{entityName}' is not an entity of {src.Kind}; pass --entity ({string.Join(", ", EntityCatalog.All.Where(e => e.SourceKind == src.Kind).Select(e => e.Name))}) " +
                $"or set Etl:Sources:{sourceName}:Entities:<entity>:FilePattern.", nameof(entity));
        var mapping = EntityMapping.Create(src, info, sourceName);
        var format = BatchExtractor.FormatOf(fileName, src.Format);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        await using IRowSource reader = format switch
        {
            SourceFormat.Csv => new CsvRowSource(stream, mapping.HeaderRows, options.MaxRejectRawLength, mapping.Dialect),
            SourceFormat.JsonLines => new JsonLinesRowSource(stream, options.MaxRejectRawLength),
            SourceFormat.Parquet => new ParquetRowSource(stream, options.MaxRejectRawLength),
            _ => throw new UnreadableSourceException($"Source '{sourceName}' is a {format} source; it has no files to preview."),
        };
        await reader.OpenAsync(cancellationToken);
        BatchPipeline.CheckHeader(reader, mapping);
        var mapper = new RowMapper(mapping);
        // The storage limits the load applies: a value too long for its column shows as it would load (nulled or rejected).
        var builder = new RecordBuilder(mapping, new Loading.StorableRecords(mapping, (time ?? TimeProvider.System).GetUtcNow(), options.FutureHorizon), textNumbers: reader is CsvRowSource);
        var shown = new List<Row>();
        long skipped = 0;
        await foreach (var raw in reader.ReadAsync(cancellationToken))
        {
            if (shown.Count >= rows)
            {
                break;
            }

            if (mapper.ShouldSkip(raw))
            {
                skipped++;
                continue;
            }

            if (raw.Problem is { } p)
            {
                shown.Add(new Row(raw.RowNumber, null, new Reject(raw.RowNumber, "", p.Code, p.Message, raw.RawText)));
                continue;
            }

            var (record, reject) = builder.Build(mapper.Map(raw));
            shown.Add(new Row(raw.RowNumber, record is null ? null : ValuesOf(record), reject, [.. builder.Warnings]));
        }

        return new Result(sourceName, info.Name, mapping.ConfigKey, reader is CsvRowSource csv ? csv.Shape : "", shown, skipped);
    }

    // The record's properties as canonical snake_case names (OrderedAt → ordered_at), values as invariant text.
    private static List<(string, string?)> ValuesOf(ICanonicalRecord record) =>
        record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != nameof(ICanonicalRecord.SourceRow))
            .Select(p => (SnakeCase(p.Name), Text(p.GetValue(record))))
            .ToList();

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTimeOffset t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFzzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string SnakeCase(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && sb.Length > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
