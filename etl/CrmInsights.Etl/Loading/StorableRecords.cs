using System.Globalization;
using CrmInsights.Etl.Loading.Entities;
using CrmInsights.Etl.Validation;
using CrmInsights.Etl.Validation.Records;
using CrmInsights.Etl.Sources.Readers;
using CrmInsights.Warehouse.Schema;

namespace CrmInsights.Etl.Loading;

/// <summary>
/// The last rule a row passes before it is landed: every value it would put in the warehouse fits the model's column
/// (text no longer than the column, a decimal within its precision and scale), the amount the warehouse computes from it
/// (quantity × unit price − discount) fits the same money type, and no timestamp lies beyond the horizon
/// (<c>Etl:FutureHorizon</c> after the run; a row dated 2999 would stay the current version for ever). The limits are the
/// stage table's declared types (<see cref="StageColumnLimits"/>) for exactly the loader's stage row. The field reader
/// applies them to each canonical field's value as it is read (<see cref="FieldProblem"/>), so an optional value that
/// cannot be stored is nulled with a field warning like any invalid optional value (<c>InvalidOptionalValues</c>);
/// <see cref="RecordProblem"/> then checks the whole stage row, derived values included, and rejects the row — so no
/// single row can abort a batch.
/// </summary>
internal sealed class StorableRecords : IRecordStorage
{
    // Money columns are decimal(19, 4): the amount of a line must fit the same type for sums and marts to work.
    private const decimal MaxAmount = 999_999_999_999_999.9999m;

    // How much of a too-long text the reason shows.
    private const int ShownCharacters = 40;

    // Date keys only need a valid calendar; they are integers and always fit. The loader's own calendar is used when loading.
    private static readonly BusinessCalendar CheckCalendar = new("UTC");

    private readonly IEntityLoader _loader;
    private readonly EntityMapping _mapping;
    private readonly StageColumnLimit?[] _limits;
    private readonly string[] _fields;
    private readonly ILookup<string, int> _columnsOfField;
    private readonly HashSet<string> _calendarFields;
    private readonly decimal?[] _maxMagnitudes;
    private readonly DateTime _horizonUtc;
    private readonly TimeSpan _horizon;

    public StorableRecords(EntityMapping mapping, DateTimeOffset now, TimeSpan horizon)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        _mapping = mapping;
        _loader = EntityLoaders.For(mapping.Entity.Kind);
        var table = StageColumnLimits.All.TryGetValue(_loader.StageTable, out var t) ? t : null;
        _limits = _loader.StageColumns.Select(c => table is not null && table.TryGetValue(c, out var l) ? l : null).ToArray();
        _fields = _loader.StageColumns.Select(FieldOf).ToArray();
        _columnsOfField = Enumerable.Range(0, _fields.Length).ToLookup(i => _fields[i], StringComparer.OrdinalIgnoreCase);
        // The fields whose day must be in dim.Date: a date column itself (SignupDate), or the timestamp a date-key column is
        // computed from, which every loader stages just before it (OrderedAtUtc, DateKey; ResolvedAtUtc, ResolvedDateKey).
        var columns = _loader.StageColumns;
        _calendarFields = DateCoverage.DateColumns(columns)
            .Select(i => columns[i].EndsWith("DateKey", StringComparison.Ordinal) && i > 0 ? _fields[i - 1] : _fields[i])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // 10^(precision - scale) per decimal column, once per batch rather than once per value; none past 10^28, where every
        // .NET decimal fits the column.
        _maxMagnitudes = _limits.Select(l => l is { Precision: { } p, Scale: { } s } && p - s <= 28 ? Pow10(p - s) : (decimal?)null).ToArray();
        _horizon = horizon;
        _horizonUtc = (now + horizon).UtcDateTime;
    }

    /// <inheritdoc/>
    public (string Code, string Message)? FieldProblem(string field, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var stored = value is DateTimeOffset t ? t.UtcDateTime : value;
        foreach (var i in _columnsOfField[field])
        {
            if (Problem(i, stored) is { } problem)
            {
                return problem;
            }
        }

        // After the column checks: a timestamp past the horizon says so rather than naming the calendar's far end.
        return _calendarFields.Contains(field) ? OutsideCalendar(field, value) : null;
    }

    /// <inheritdoc/>
    public (string Field, string Code, string Message)? RecordProblem(ICanonicalRecord record)
    {
        var row = _loader.StageRow(record, 0, CheckCalendar);
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] is { } value && Problem(i, value) is { } problem)
            {
                return (_fields[i], problem.Code, problem.Message);
            }
        }

        decimal? amount;
        try
        {
            amount = _loader.Amount(record);
        }
        catch (OverflowException)
        {
            amount = decimal.MaxValue;
        }

        return amount is { } a && Math.Abs(a) > MaxAmount
            ? ("unit_price", RejectCodes.OutOfRange,
                $"the line amount (quantity × unit_price − discount_amount) is too large for the warehouse's money type decimal(19, 4).")
            : null;
    }

    // A day dim.Date cannot hold: before DateCoverage.First (such dates are typos) or after Last. The UTC day is checked (the
    // business day can differ at the two boundaries only; the load's own reject still catches that by the exact key).
    private (string Code, string Message)? OutsideCalendar(string field, object value)
    {
        (DateOnly? Day, string Shown) seen = value switch
        {
            DateTimeOffset t => (DateOnly.FromDateTime(t.UtcDateTime), t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            DateOnly d => (d, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => (null, ""),
        };
        if (seen.Day is not { } day || (day >= DateCoverage.First && day <= DateCoverage.Last))
        {
            return null;
        }

        var shown = seen.Shown;
        var range = DateCoverage.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".." + DateCoverage.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (RejectCodes.OutOfRange,
            $"{field} {shown} is outside {range}, the days the warehouse calendar (dim.Date) covers; check that {_mapping.FieldKey(field)}:Formats reads the export's dates as written.");
    }

    // The one rule for a value of stage column i: what was seen, the column's limit, and the key that maps the field.
    private (string Code, string Message)? Problem(int i, object value)
    {
        if (_limits[i] is not { } limit)
        {
            return null;
        }

        // The reason's parts are built only for a value that breaks a limit (this runs for every value of every row).
        var field = _fields[i];
        string Column() => $"stage.{_loader.StageTable}.{_loader.StageColumns[i]} {limit.Type}";
        // A column the loader derives (not a canonical field) has no mapping key of its own: the mapping's fields are named.
        string Key() => _mapping.Entity.Field(field) is null ? _mapping.ConfigKey + ":Fields" : _mapping.FieldKey(field) + ":Column";
        switch (value)
        {
            case string text when limit.MaxLength is { } max && text.Length > max:
                return (RejectCodes.TooLong,
                    $"{field} '{TextDecoding.Truncate(text, ShownCharacters)}' is {text.Length} characters, more than the {max} the warehouse column ({Column()}) holds; check that {Key()} names the intended column.");
            case decimal number when limit.Precision is { } precision && limit.Scale is { } scale:
                if (number != Math.Round(number, scale))
                {
                    return (RejectCodes.TooPrecise,
                        $"{field} {number.ToString(CultureInfo.InvariantCulture)} has more than the {scale} decimal places the warehouse column ({Column()}) holds; it is not rounded silently. Check that {Key()} names the intended column and the DecimalSeparator setting.");
                }

                if (_maxMagnitudes[i] is { } maxMagnitude && Math.Abs(number) >= maxMagnitude)
                {
                    return (RejectCodes.OutOfRange,
                        $"{field} {number.ToString(CultureInfo.InvariantCulture)} has more than the {precision - scale} digits before the decimal point the warehouse column ({Column()}) holds; check that {Key()} names the intended column and the DecimalSeparator / ThousandsSeparator settings.");
                }

                return null;
            case DateTime instant when limit.IsTimestamp && instant > _horizonUtc:
                return (RejectCodes.FutureTimestamp,
                    $"{field} {instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)} is more than " +
                    $"{_horizon.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)} h after the run (Etl:FutureHorizon).");
            default:
                return null;
        }
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    // The canonical field a stage column holds: same letters ("OrderedAtUtc" → ordered_at), else a field the column ends
    // with ("PointsEarned" → loyalty_points_earned, "ProductName" → name); the column name otherwise.
    private string FieldOf(string column)
    {
        static string Letters(string s) => new(s.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        var c = Letters(column);
        var trimmed = c.EndsWith("utc", StringComparison.Ordinal) ? c[..^3] : c;
        var fields = _mapping.Entity.Fields.Select(f => f.Name).ToList();
        return fields.FirstOrDefault(f => Letters(f) == c || Letters(f) == trimmed)
            ?? fields.FirstOrDefault(f => Letters(f).EndsWith(trimmed, StringComparison.Ordinal))
            ?? fields.FirstOrDefault(f => trimmed.EndsWith(Letters(f), StringComparison.Ordinal) && Letters(f).Length >= 4)
            ?? column;
    }
}
