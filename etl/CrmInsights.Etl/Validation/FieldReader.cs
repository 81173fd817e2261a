using CrmInsights.Etl.Sources;

namespace CrmInsights.Etl.Validation;

/// <summary>
/// Parses the mapped text of one row into typed values following the entity's rules. The first failure
/// becomes <see cref="Error"/>; later calls return null so a builder can run to the end and then check. An unreadable
/// optional value is a <see cref="Warnings">warning</see> instead, unless the mapping rejects such rows.
/// </summary>
internal sealed partial class FieldReader(EntityMapping mapping, IRecordStorage storage, bool textNumbers = false)
{
    private MappedRow _row = new();

    /// <summary>The first rule the row broke, or null.</summary>
    /// <summary>The mapping the row is read with (entity rules name its keys in their reasons).</summary>
    public EntityMapping Mapping => mapping;

    public Reject? Error { get; private set; }

    public long RowNumber => _row.RowNumber;

    public void Reset(MappedRow row)
    {
        _row = row;
        Error = null;
        _warnings.Clear();
    }

    public void Fail(string field, string code, string message) =>
        Error ??= new Reject(_row.RowNumber, field, code, message, _row.RawText);

    public string? Text(string name) => Stored(name, Raw(name, out _));

    public string? Code(string name)
    {
        var v = Raw(name, out var f)?.ToLowerInvariant();
        if (v is not null && f.Allowed is not null && !f.Allowed.Contains(v, StringComparer.Ordinal))
        {
            Invalid(name, RejectCodes.InvalidCode, $"{name} '{v}' is not one of {string.Join("|", f.Allowed)}.");
            return null;
        }

        return Stored(name, v);
    }

    public string? Email(string name)
    {
        var v = Raw(name, out _)?.ToLowerInvariant();
        if (v is not null && !ValueParsers.IsEmail(v))
        {
            Invalid(name, RejectCodes.InvalidEmail, $"{name} '{v}' is not an email address.");
            return null;
        }

        return Stored(name, v);
    }

    public int? Int(string name) => Long(name, int.MinValue, int.MaxValue) is { } v ? (int)v : null;

    public long? Long(string name) => Long(name, long.MinValue, long.MaxValue);

    public decimal? Decimal(string name)
    {
        var text = Raw(name, out var f);
        if (text is null)
        {
            return null;
        }

        var m = MappingOf(name);
        if (!TryNumber(name, text, m?.Money ?? false, out var value, out var problem))
        {
            Invalid(name, RejectCodes.InvalidNumber, $"{name} '{text}' is not a number{problem}.");
            return null;
        }

        if (m?.DivideBy is { } divisorField)
        {
            var divisorText = _row.Values.GetValueOrDefault(divisorField);
            if (!TryNumber(divisorField, divisorText ?? "", MappingOf(divisorField)?.Money ?? false, out var divisor, out _) || divisor == 0)
            {
                Invalid(name, RejectCodes.InvalidNumber, $"{name} '{text}' cannot be divided by {divisorField} '{divisorText}'.");
                return null;
            }

            value = Math.Round(value / divisor, 4, MidpointRounding.ToEven);
        }

        if (m?.Absolute ?? false)
        {
            value = Math.Abs(value);
        }

        if (Math.Round(value, 4) != value)
        {
            Invalid(name, RejectCodes.InvalidNumber, $"{name} '{text}' has more than 4 decimal places.");
            return null;
        }

        return CheckRange(name, f, value) ? Stored(name, value) : null;
    }

    public bool? Bool(string name)
    {
        var text = Raw(name, out _);
        if (text is null)
        {
            return null;
        }

        if (ValueParsers.TryBoolean(text, out var b))
        {
            return b;
        }

        Invalid(name, RejectCodes.InvalidBoolean, $"{name} '{text}' is not a boolean (true/false, Y/N, yes/no, 1/0).");
        return null;
    }

    public DateOnly? Date(string name)
    {
        var text = Raw(name, out _);
        if (text is null)
        {
            return null;
        }

        if (ValueParsers.TryDate(text, MappingOf(name)?.Formats, out var d))
        {
            return Stored(name, d);
        }

        Invalid(name, RejectCodes.InvalidDate, $"{name} '{text}' is not a date in {FormatsTried(name, "yyyy-MM-dd")}; set {mapping.FieldKey(name)}:Formats to the export's format (e.g. dd.MM.yyyy).");
        return null;
    }

    public DateTimeOffset? Timestamp(string name)
    {
        var text = Raw(name, out _);
        if (text is null)
        {
            return null;
        }

        var m = MappingOf(name);
        var zone = _row.TimeZones.GetValueOrDefault(name) ?? m?.TimeZone ?? mapping.DefaultTimeZone;
        if (!string.IsNullOrWhiteSpace(zone) && m?.TimeZoneAliases?.TryGetValue(zone.Trim(), out var iana) == true)
        {
            zone = iana;
        }

        switch (ValueParsers.TryTimestamp(text, m?.Formats, zone, out var value, out var problem))
        {
            case TimestampResult.Ok:
                return Stored(name, value);
            case TimestampResult.MissingOffset:
                Invalid(name, RejectCodes.MissingOffset,
                    $"{name} '{text}' has no UTC offset and no time zone is configured for it; set {mapping.FieldKey(name)}:TimeZone, or Etl:Sources:{mapping.SourceName}:TimeZone for the whole source, to the IANA zone the export was written in (e.g. the business's Warehouse:BusinessTimeZone).");
                return null;
            default:
                Invalid(name, RejectCodes.InvalidTimestamp,
                    $"{name} '{text}' is not a timestamp{problem} in {FormatsTried(name, "ISO 8601 with offset")}; set {mapping.FieldKey(name)}:Formats to the export's format (e.g. M/d/yyyy H:mm).");
                return null;
        }
    }

    public DateTimeOffset? UnixSeconds(string name)
    {
        var v = EpochValue(name, ValueParsers.MinUnixSeconds, ValueParsers.MaxUnixSeconds, "seconds");
        return v is { } s ? Stored(name, DateTimeOffset.FromUnixTimeSeconds(s)) : null;
    }

    public long? UnixMicros(string name) => EpochValue(name, ValueParsers.MinUnixSeconds * 1_000_000, ValueParsers.MaxUnixSeconds * 1_000_000, "microseconds");
}
