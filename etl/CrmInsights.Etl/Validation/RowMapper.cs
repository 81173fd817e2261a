using CrmInsights.Etl.Sources.Readers;

namespace CrmInsights.Etl.Validation;

/// <summary>Applies an <see cref="EntityMapping"/> to raw rows: columns, constants, defaults, value maps, sequences, carry-forward and skip rules.</summary>
/// <remarks>Stateful across a file (groups are consecutive rows); create one per file.</remarks>
internal sealed class RowMapper(EntityMapping mapping)
{
    private string? _group;
    private int _sequence;
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _carried = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a skip rule matches the row (e.g. a survey preview).</summary>
    public bool ShouldSkip(RawRow row) =>
        mapping.SkipWhen.Any(r => string.Equals(row.Field(r.Column)?.Trim(), r.EqualTo.Trim(), StringComparison.OrdinalIgnoreCase));

    public MappedRow Map(RawRow row)
    {
        var mapped = new MappedRow { RowNumber = row.RowNumber, RawText = row.RawText };
        var sameGroup = AdvanceGroup(row);
        foreach (var (name, m) in mapping.Fields)
        {
            var value = m switch
            {
                { Constant: not null } => m.Constant,
                { Sequence: true } => _sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                { Columns.Count: > 0 } => JoinColumns(row, m.Columns),
                _ => FirstNonBlank(row, m.Column, m.Coalesce),
            };
            if (string.IsNullOrWhiteSpace(value))
            {
                value = m.Default;
            }

            if (value is not null && m.ValueMap is not null && m.ValueMap.TryGetValue(value.Trim(), out var mappedValue))
            {
                value = mappedValue;
            }

            if (m.TimeZoneColumn is not null)
            {
                mapped.TimeZones[name] = row.Field(m.TimeZoneColumn);
            }

            mapped.Values[name] = value;
        }

        ApplyCarryForward(mapped, sameGroup);
        return mapped;
    }

    private bool AdvanceGroup(RawRow row)
    {
        if (mapping.GroupBy is null)
        {
            _sequence = 1;
            return false;
        }

        var key = row.Field(mapping.GroupBy)?.Trim();
        var same = !string.IsNullOrEmpty(key) && key == _group;
        // Line numbers count every row of the group in the file, not only consecutive ones: exports whose rows of one
        // invoice are interleaved with others' must keep every line (a restart at 1 would make later rows duplicates).
        _sequence = string.IsNullOrEmpty(key) ? 1 : _lines[key] = _lines.GetValueOrDefault(key) + 1;
        _group = string.IsNullOrEmpty(key) ? null : key;
        return same;
    }

    private void ApplyCarryForward(MappedRow mapped, bool sameGroup)
    {
        if (!sameGroup)
        {
            _carried.Clear();
        }

        foreach (var field in mapping.CarryForward)
        {
            var v = mapped.Values.GetValueOrDefault(field);
            var tz = mapped.TimeZones.GetValueOrDefault(field);
            if (string.IsNullOrWhiteSpace(v) && sameGroup && _carried.TryGetValue(field, out var carried))
            {
                mapped.Values[field] = carried;
                if (_carried.TryGetValue(field + "\u001ftz", out var carriedTz))
                {
                    mapped.TimeZones[field] = carriedTz;
                }
            }
            else if (!string.IsNullOrWhiteSpace(v))
            {
                _carried[field] = v;
                _carried[field + "\u001ftz"] = tz;
            }
        }
    }

    private static string? JoinColumns(RawRow row, List<string> columns)
    {
        var parts = columns.Select(c => row.Field(c)?.Trim()).Where(p => !string.IsNullOrEmpty(p)).ToArray();
        return parts.Length == 0 ? null : string.Join(' ', parts);
    }

    private static string? FirstNonBlank(RawRow row, string? column, List<string>? coalesce)
    {
        if (column is null)
        {
            return null;
        }

        var v = row.Field(column);
        if (!string.IsNullOrWhiteSpace(v) || coalesce is null)
        {
            return v;
        }

        foreach (var c in coalesce)
        {
            v = row.Field(c);
            if (!string.IsNullOrWhiteSpace(v))
            {
                return v;
            }
        }

        return v;
    }
}
