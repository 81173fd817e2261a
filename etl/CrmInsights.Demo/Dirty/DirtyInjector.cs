using System.Globalization;
using System.Text.Json;
using CrmInsights.Demo.Output;
using CrmInsights.Demo.Sampling;

namespace CrmInsights.Demo.Dirty;

/// <summary>
/// Decides where defects go and streams the manifest (<c>dirty-manifest.json</c>) as they are
/// injected, so memory stays flat however many there are. Row defects are never put into a
/// file that is quarantined whole, so per-file reject counts stay exact.
/// </summary>
internal sealed class DirtyInjector : IDisposable
{
    private readonly double _rate;
    private readonly DateOnly _start;
    private readonly int _days;
    private readonly FileStream? _stream;
    private readonly Utf8JsonWriter? _json;
    private readonly Dictionary<string, long> _byKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _byExpected = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Dictionary<string, long>> _byFile = new(StringComparer.Ordinal);
    private readonly List<(string File, DefectKind Kind, int Rows, string? Column)> _files = [];
    private readonly HashSet<string> _designated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Rows, int Forced)> _coverage = new(StringComparer.Ordinal);
    private SplitMix64 _rng;
    private int _rngDay = -1;
    private readonly long _seed;

    public DirtyInjector(DemoOptions options, string manifestPath, int days)
    {
        _rate = options.DirtyRate;
        _start = options.StartDate;
        _days = days;
        _seed = options.Seed;
        if (!Enabled)
        {
            return;
        }

        _stream = new FileStream(manifestPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        _json = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = true });
        _json.WriteStartObject();
        _json.WriteNumber("schema_version", 1);
        _json.WriteNumber("seed", options.Seed);
        _json.WriteNumber("dirty_rate", options.DirtyRate);
        _json.WriteString("row_numbering",
            "row: 1-based data record number within the file, header excluded; a CSV record whose quoted field holds line breaks counts as one row. " +
            "line: 1-based physical line where the record starts (CSV header = line 1; JSONL has no header, so line = row).");
        _json.WriteString("defect_rows",
            "Reject, duplicate and unknown_customer defects are EXTRA rows inserted right after the clean row they copy (same natural key except unknown_customer, which gets new keys, and unknown_sku/unknown_store, whose line_number is 900 + the copied line's so they are rejected rather than skipped as duplicates); " +
            "formula_text, markup_text and quoted_newline replace the comment of the row itself. Clean rows are never altered otherwise. " +
            "Each entity gets every kind applicable to it at least once (the first kinds go on every 7th row until all have appeared), then each row has probability dirty_rate. " +
            "Rows of quarantined files (truncated_file, wrong_header) carry no row defects.");
        _json.WriteStartArray("defects");
    }

    public bool Enabled => _rate > 0;

    /// <summary>Whole-file features for a new file: the designated files get a BOM, CRLF, a wrong header or truncation.</summary>
    public FileFeatures FeaturesFor(DailyFile file, DateOnly date)
    {
        if (!Enabled)
        {
            return FileFeatures.None;
        }

        var day = date.DayNumber - _start.DayNumber;
        var features = FileFeatures.None;
        var key = $"{file.Source}/{file.Entity}";
        features |= Designate(key == "pos/customers", "bom:customers", FileFeatures.Bom);
        features |= Designate(key == "survey/responses", "bom:survey", FileFeatures.Bom);
        features |= Designate(key == "pos/order_lines" && day >= 1, "crlf:order_lines", FileFeatures.Crlf);
        features |= Designate(key == "survey/responses" && day >= _days / 4, "crlf:survey", FileFeatures.Crlf);
        features |= Designate(key == "survey/responses" && day >= _days / 3, "header:survey", FileFeatures.WrongHeader);
        features |= Designate(key == "pos/order_lines" && day >= _days / 2, "trunc:order_lines", FileFeatures.Truncated);
        features |= Designate(key == "web/events" && day >= (_days / 2) + 1, "trunc:web", FileFeatures.Truncated);
        return features;
    }

    /// <summary>Picks a row defect for the next row of <paramref name="file"/> (each row with probability DirtyRate, after every kind has appeared once), or returns false.</summary>
    public bool TryPick(DailyFile file, int day, DefectKind[] kinds, out DefectKind kind)
    {
        kind = default;
        if (!Enabled || (file.Features & (FileFeatures.Truncated | FileFeatures.WrongHeader)) != FileFeatures.None)
        {
            return false;
        }

        if (_rngDay != day)
        {
            _rng = SplitMix64.For(_seed, StreamIds.Dirty, (ulong)day);
            _rngDay = day;
        }

        // Every kind applicable to an entity appears at least once, however small the dataset:
        // every 7th row of an entity gets the next kind not yet forced, until all have been.
        var key = file.Source + "/" + file.Entity;
        var (rows, forced) = _coverage.GetValueOrDefault(key);
        _coverage[key] = (rows + 1, forced);
        if (forced < kinds.Length && rows % 7 == 3)
        {
            _coverage[key] = (rows + 1, forced + 1);
            kind = kinds[forced];
            return true;
        }

        if (!_rng.Chance(_rate))
        {
            return false;
        }

        kind = kinds[_rng.Next(kinds.Length)];
        return true;
    }

    /// <summary>A random draw from the dirty stream (which field, which bad value).</summary>
    public int Next(int max) => _rng.Next(max);

    /// <summary>Records one injected row defect.</summary>
    public void Record(DailyFile file, int row, int line, string field, DefectKind kind, string? value)
    {
        var json = _json ?? throw new InvalidOperationException("Dirty mode is off.");
        var name = DefectCatalog.Name(kind);
        var expected = DefectCatalog.Expected(kind, field);
        json.WriteStartObject();
        json.WriteString("file", file.RelativePath);
        json.WriteNumber("row", row);
        json.WriteNumber("line", line);
        json.WriteString("field", field);
        json.WriteString("kind", name);
        json.WriteString("expected", expected);
        WriteNullable(json, "reason_category", DefectCatalog.ReasonCategory(kind));
        WriteNullable(json, "value", value);
        json.WriteEndObject();
        if (json.BytesPending > 1 << 16)
        {
            json.Flush();
        }

        Count(file.RelativePath, name, expected);
    }

    /// <summary>Records the whole-file features of a closed file.</summary>
    public void FileClosed(DailyFile file)
    {
        void Add(FileFeatures f, DefectKind kind, string? column)
        {
            if ((file.Features & f) != FileFeatures.None)
            {
                _files.Add((file.RelativePath, kind, file.Rows, column));
                Count(file.RelativePath, DefectCatalog.Name(kind), DefectCatalog.Expected(kind));
            }
        }

        Add(FileFeatures.Bom, DefectKind.Bom, null);
        Add(FileFeatures.Crlf, DefectKind.Crlf, null);
        Add(FileFeatures.WrongHeader, DefectKind.WrongHeader, (file as DailyCsvFile)?.WrongHeaderColumn);
        Add(FileFeatures.Truncated, DefectKind.TruncatedFile, null);
    }

    /// <summary>Totals of the injected defects.</summary>
    public IReadOnlyDictionary<string, long> CountsByKind => _byKind;

    public void Dispose()
    {
        if (_json is null)
        {
            return;
        }

        var json = _json;
        json.WriteEndArray();
        json.WriteStartArray("files");
        foreach (var (file, kind, rows, column) in _files)
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteString("kind", DefectCatalog.Name(kind));
            json.WriteString("expected", DefectCatalog.Expected(kind));
            WriteNullable(json, "reason_category", DefectCatalog.ReasonCategory(kind));
            json.WriteNumber("data_rows_written", rows);
            WriteNullable(json, "column", column);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("counts");
        WriteCounts(json, "by_kind", _byKind);
        WriteCounts(json, "by_expected", _byExpected);
        json.WriteStartObject("by_file");
        foreach (var (file, counts) in _byFile)
        {
            WriteCounts(json, file, counts);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("kinds");
        foreach (var kind in Enum.GetValues<DefectKind>())
        {
            json.WriteStartObject(DefectCatalog.Name(kind));
            json.WriteString("expected", DefectCatalog.Expected(kind));
            WriteNullable(json, "reason_category", DefectCatalog.ReasonCategory(kind));
            json.WriteString("description", DefectCatalog.Description(kind));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.Dispose();
        _stream!.Dispose();
    }

    private FileFeatures Designate(bool applies, string key, FileFeatures feature) =>
        applies && _designated.Add(key) ? feature : FileFeatures.None;

    private void Count(string file, string kind, string expected)
    {
        _byKind[kind] = _byKind.GetValueOrDefault(kind) + 1;
        _byExpected[expected] = _byExpected.GetValueOrDefault(expected) + 1;
        if (!_byFile.TryGetValue(file, out var perFile))
        {
            perFile = new Dictionary<string, long>(StringComparer.Ordinal);
            _byFile[file] = perFile;
        }

        perFile[kind] = perFile.GetValueOrDefault(kind) + 1;
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, Dictionary<string, long> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in counts.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(key, value);
        }

        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    internal static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
